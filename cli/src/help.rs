//! The command line in the office's language: with `--lang zh` (the default) every
//! help text, heading and usage error is Chinese (RULES.md §8); with `--lang en`, clap's
//! own English. The English texts are the doc comments of [`crate::Cli`]; the Chinese
//! ones are below, one per command and option, and a test holds the two lists equal.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use fangfei::Lang;

/// The language asked for on the command line (`--lang en`, `--lang=en`), read before
/// parsing so that the help itself can be in it; Chinese unless English is asked for.
pub fn lang_of(args: &[String]) -> Lang {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang=") {
            Some(v) => Some(v),
            None if a == "--lang" => it.next().map(String::as_str),
            None => None,
        };
        if value == Some("en") {
            return Lang::En;
        }
    }
    Lang::Zh
}

/// Chinese help, keyed by the command's path and the option's id (`""` for the
/// command itself).
pub const ZH: &[(&str, &str, &str)] = &[
    ("", "", "防非:按活动方案核查各单位的报送、活动、统计表和知识竞赛;默认按内置的《凌源市2021年防范非法集资宣传月活动方案》,用 --campaign 换用其他方案。"),
    ("", "campaign", "使用此活动方案文件(JSON),不用内置的凌源市2021年方案"),
    ("", "units", "另一份单位名单文件(JSON:{\"source\": 来源或synthetic, \"units\": [...]}),并入活动方案的名单"),
    ("", "lang", "输出语言:zh(中文,默认)或 en(英文)"),
    ("", "format", "输出格式:text(默认,给人看)或 json(给程序用)"),
    ("", "force", "覆盖不是本工具写出的(或写出后已被编辑过的)已有输出文件;输出永远不会写到输入上,加了也一样"),
    ("timeline", "", "活动日程:各阶段、截止时间和报送窗口,以及某一时刻正在进行的事项"),
    ("timeline", "at", "要查看的时刻(如 2021-06-15 10:00 或 6月15日10:00)"),
    ("timeline", "svg", "另将活动日历画成SVG图片,写入此文件"),
    ("rules", "", "规则目录:编号、方案条款、说明"),
    ("check", "", "核查一个单位:其记录(JSON)或台账中该单位的各行,对照活动方案的每条报送和活动规则"),
    ("check", "file", "该单位的记录文件,或台账(台账.xlsx)"),
    ("check", "unit", "台账中要核查的单位(台账只有一个单位时可省略)"),
    ("check", "as_of", "核查时点;只写日期即该日24:00(默认:活动结束时)"),
    ("audit", "", "核查全部记录:单位×规则总表、年度考评减分与加分、未报单位、统计表合计(默认方案为附件3全市合计)"),
    ("audit", "inputs", "单位记录(*.json)所在的文件夹、台账(台账.xlsx)或台账各表另存的CSV文件"),
    ("audit", "as_of", "核查时点;只写日期即该日24:00(默认:活动结束时)"),
    ("audit", "quiz", "知识竞赛答卷,用以统计各单位参赛人数(Q-UNIT)"),
    ("audit", "papers", "这些答卷的每日试卷(JSON数组)"),
    ("audit", "xlsx", "另写出核查报告工作簿(核查报告.xlsx):总表、考评、问题清单、未报单位、统计表退回与合计(默认方案为附件3退回、全市合计)、日程,A4横向打印"),
    ("audit", "html", "另写出核查报告网页(核查报告.html):单个文件,可直接用A4打印"),
    ("audit", "notices", "另在此文件夹为每个需补报或退回的单位写一份通知(单位名.txt)"),
    ("ledger", "", "台账:处非办在宣传月中逐项登记的工作簿"),
    ("ledger template", "", "写出台账工作簿:每类登记一张表,带下拉选项和填表说明;用 --from 从JSON记录填入"),
    ("ledger template", "out", "写到哪里(.xlsx)"),
    ("ledger template", "from", "从这个文件夹的单位记录(*.json)填入台账"),
    ("annex3", "", "活动方案的统计表(默认方案为附件3):核查、合计、空白表、JSON Schema"),
    ("annex3 check", "", "核查一个表格文件:CSV(UTF-8、带BOM的UTF-8、GB18030/GBK)、XLSX/XLS/ODS或JSON"),
    ("annex3 check", "file", "表格文件"),
    ("annex3 check", "sheet", "工作簿中的工作表名(默认:以统计表命名的工作表,如默认方案的附件3;没有则第一个)"),
    ("annex3 total", "", "把多个表格逐栏合计(默认方案为全市合计):文件,或含 .csv/.xlsx/.json 的文件夹"),
    ("annex3 total", "inputs", "文件或文件夹"),
    ("annex3 total", "sheet", "各工作簿中的工作表名(默认:以统计表命名的工作表,如默认方案的附件3;没有则第一个)"),
    ("annex3 *", "summary", "只列出计数(行数、通过、退回、错误、警告)和合计"),
    ("annex3 *", "errors", "把每个问题写入此CSV文件(可用Excel打开),不在屏幕上逐条列出"),
    ("annex3 total", "xlsx", "另写出一个工作簿:每个通过的单位一行,加合计行"),
    ("annex3 template", "", "写出方案格式的空白统计表(两行分组表头)"),
    ("annex3 template", "out", "写到哪里(.xlsx)"),
    ("annex3 schema", "", "输出一个单位统计表的JSON Schema(draft 2020-12)"),
    ("annex3 schema", "bounds", "把活动方案的合理上限写作 maximum(本工具中超限只是警告;加此项后,校验器会把超限当作错误)"),
    ("quiz", "", "知识竞赛(默认方案为附件2):给答卷计分,战队排名"),
    ("quiz score", "", "给每份答卷计分,列出不予受理的答卷(时间外、当天重复、与试卷不符)"),
    ("quiz standings", "", "战队排名(前N名)和个人总成绩前列"),
    ("quiz *", "sheets", "答卷:JSON Lines(每行一份),或平台导出的CSV、XLSX(表头如 账号、姓名、地区、手机号、工作单位、提交时间、第1题……)"),
    ("quiz *", "papers", "每日试卷(JSON数组)"),
    ("quiz *", "day", "排名截至哪一天(当天公布的累计排名;默认:全程)"),
    ("quiz *", "strategy", "战队成绩的计算方法(默认:活动方案所定),可选:"),
    ("quiz *", "top", "列出前几名战队和个人(默认:活动方案的 top_n)"),
    ("quiz *", "unmask", "显示参与者的完整姓名和编号(仅供处非办内部使用,不得公开)"),
    ("campaign", "", "活动方案文件:输出方案文件和它的JSON Schema,检查方案文件,把方案移到另一年"),
    ("campaign show", "", "输出正在使用的活动方案文件(内置的2021年凌源市方案,或 --campaign 指定的文件),可复制作为范本"),
    ("campaign schema", "", "输出活动方案文件的JSON Schema(draft 2020-12):存为 campaign.schema.json,放在方案文件旁,编辑器即可边输入边补全、标出错误"),
    ("campaign check", "", "检查活动方案文件:每个问题连同字段、行号和列号;能载入时列出日程、规则目录和值得留意之处"),
    ("campaign check", "file", "活动方案文件(JSON)"),
    ("campaign new", "", "把方案移到另一年:各日期移到同一星期几(06-15 等固定日期保持月日),对照工作日历核对,并列出须由人决定的事项"),
    ("campaign new", "from", "从哪个方案开始:方案文件,或 lingyuan-2021(内置方案)"),
    ("campaign new", "year", "移到哪一年"),
    ("campaign new", "out", "新文件写到哪里(默认:新文件输出到标准输出,报告输出到标准错误)"),
    ("campaign new", "fixed_day", "保持月日不变的固定日期(默认:方案在6月15日有活动时为 06-15,否则没有;可给出多次;none 表示没有)"),
    ("*", "help", "显示帮助"),
    ("*", "version", "显示版本"),
];

/// The Chinese text for option `arg` of the command at `path` (`""`: the command): the
/// command's own, its family's (`quiz *`), a global option's (the root's), or the
/// help and version flags' (`*`).
fn zh(path: &str, arg: &str) -> Option<&'static str> {
    let family = path.split(' ').next().map(|f| format!("{f} *"));
    ZH.iter()
        .find(|(p, a, _)| {
            *a == arg
                && (*p == path
                    || Some(*p) == family.as_deref()
                    || (!a.is_empty() && (*p == "*" || p.is_empty())))
        })
        .map(|(_, _, t)| *t)
}

/// The placeholders of option values, in Chinese.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("FILE", "文件"),
    ("INSTANT", "时刻"),
    ("DAY", "日期"),
    ("PAPERS.json", "试卷.json"),
    ("OUT.xlsx", "输出.xlsx"),
    ("LANG", "语言"),
    ("FORMAT", "格式"),
    ("STRATEGY", "方法"),
    ("TOP", "数目"),
    ("SHEET", "工作表"),
    ("DIR", "文件夹"),
    ("UNIT", "单位"),
    ("OUT.html", "输出.html"),
    ("FILE.csv", "文件.csv"),
    ("INPUTS", "文件或文件夹"),
    ("SHEETS", "答卷文件"),
    ("OUT", "输出文件"),
    ("YEAR", "年份"),
    ("MM-DD", "月-日"),
];

const TEMPLATE_ZH: &str = "\
{about-with-newline}
用法:{usage}

{all-args}{after-help}";

/// Examples for each command's help: (command path, what it does in Chinese, in
/// English, the command line).
pub const EXAMPLES: &[(&str, &str, &str, &str)] = &[
    ("", "核查全部单位记录(内置2021年凌源方案)", "audit every unit's record (the embedded 2021 plan)", "fangfei audit examples/lingyuan-2021"),
    ("", "核查台账并写出报告和通知", "audit the ledger, writing the report and the notices", "fangfei audit 台账.xlsx --html 核查报告.html --notices 通知"),
    ("timeline", "6月15日10:00正在进行的事项", "what is open at 06-15 10:00", "fangfei timeline --at \"6月15日10:00\""),
    ("rules", "列出全部规则", "list every rule", "fangfei rules"),
    ("check", "核查一个单位的记录", "check one unit's record", "fangfei check 市教育局.json"),
    ("check", "核查台账中的一个单位", "check one unit of the ledger", "fangfei check 台账.xlsx --unit 教育局"),
    ("audit", "核查台账,截至6月16日9:00,写出报告、通知和催报", "audit the ledger as of 06-16 09:00: report, notices, what is due", "fangfei audit 台账.xlsx --as-of \"6月16日9:00\" --xlsx 核查报告.xlsx --html 核查报告.html --notices 通知"),
    ("audit", "核查JSON记录文件夹", "audit a folder of JSON records", "fangfei audit examples/lingyuan-2021"),
    ("ledger", "写出空白台账", "write a blank ledger", "fangfei ledger template 台账.xlsx"),
    ("ledger template", "写出空白台账", "write a blank ledger", "fangfei ledger template 台账.xlsx"),
    ("ledger template", "把JSON记录填入台账", "fill the ledger from JSON records", "fangfei ledger template 台账.xlsx --from examples/lingyuan-2021"),
    ("annex3", "汇总各单位的统计表", "total the units' tables", "fangfei annex3 total 统计表文件夹 --xlsx 合计.xlsx"),
    ("annex3 check", "核查一个单位的统计表", "check one unit's table", "fangfei annex3 check 市教育局统计表.xlsx"),
    ("annex3 check", "大表:只看计数,问题写入CSV", "a big table: counts only, problems to CSV", "fangfei annex3 check 全部.csv --errors 问题.csv"),
    ("annex3 total", "汇总文件夹中的统计表并写出合计表", "total a folder of tables into the total workbook", "fangfei annex3 total 统计表文件夹 --xlsx 合计.xlsx"),
    ("annex3 template", "写出空白统计表", "write the blank table", "fangfei annex3 template 统计表.xlsx"),
    ("annex3 schema", "写出JSON Schema", "write the JSON Schema", "fangfei annex3 schema > annex3.schema.json"),
    ("quiz", "给答卷计分", "score the answer sheets", "fangfei quiz score 答卷.xlsx --papers 试卷.json"),
    ("quiz score", "给平台导出的答卷计分", "score the platform's export", "fangfei quiz score 答卷.xlsx --papers 试卷.json"),
    ("campaign", "把内置方案移到2025年,再检查", "move the embedded plan to 2025, then check it", "fangfei campaign new --from lingyuan-2021 --year 2025 -o 活动方案2025.json"),
    ("campaign show", "复制内置方案作为范本", "copy the embedded plan as a model", "fangfei campaign show > 活动方案.json"),
    ("campaign schema", "写出JSON Schema,放在方案文件旁", "write the schema beside the campaign file", "fangfei campaign schema > campaign.schema.json"),
    ("campaign check", "检查方案文件", "check a campaign file", "fangfei campaign check 活动方案2025.json"),
    ("campaign new", "把内置方案移到2025年", "move the embedded plan to 2025", "fangfei campaign new --from lingyuan-2021 --year 2025 -o 活动方案2025.json"),
    ("campaign new", "把本地方案移到下一年", "move your own plan to the next year", "fangfei campaign new --from 活动方案2025.json --year 2026 -o 活动方案2026.json"),
    ("quiz standings", "截至6月20日的战队排名", "team standings through 06-20", "fangfei quiz standings 答卷.jsonl --papers 试卷.json --day 6月20日"),
];

/// The examples of the command at `path`, as its help's closing lines.
fn examples(path: &str, lang: Lang) -> Option<String> {
    let lines: Vec<String> = EXAMPLES
        .iter()
        .filter(|(p, ..)| *p == path)
        .map(|(_, zh, en, line)| match lang {
            Lang::Zh => format!("  # {zh}\n  {line}"),
            Lang::En => format!("  # {en}\n  {line}"),
        })
        .collect();
    (!lines.is_empty()).then(|| {
        let head = match lang {
            Lang::Zh => "示例:",
            Lang::En => "Examples:",
        };
        format!("{head}\n{}", lines.join("\n"))
    })
}

/// Every command's examples, in `lang`, at its help's end.
fn with_examples(mut cmd: Command, path: &str, lang: Lang) -> Command {
    if let Some(e) = examples(path, lang) {
        cmd = cmd.after_help(e);
    }
    each_subcommand(cmd, path, &|s, p| with_examples(s, p, lang))
}

/// `cmd` with `f` applied to each of its subcommands, given the subcommand's path
/// (`annex3 check`).
fn each_subcommand(mut cmd: Command, path: &str, f: &dyn Fn(Command, &str) -> Command) -> Command {
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in subs {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(name.as_str(), |s| f(s, &sub_path));
    }
    cmd
}

/// `cmd` with its help in `lang`: for Chinese, every text from [`ZH`], Chinese
/// headings, and help/version flags that say what they do in Chinese; in both, an
/// example or two per command.
pub fn localise(cmd: Command, lang: Lang) -> Command {
    let cmd = with_examples(cmd, "", lang);
    match lang {
        Lang::En => cmd,
        Lang::Zh => localise_at(cmd, ""),
    }
}

fn localise_at(mut cmd: Command, path: &str) -> Command {
    if let Some(about) = zh(path, "") {
        cmd = cmd.about(about);
    }
    cmd = cmd
        .help_template(TEMPLATE_ZH)
        .subcommand_help_heading("命令")
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(zh("*", "help").unwrap_or_default()),
        );
    if path.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(zh("*", "version").unwrap_or_default()),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    for id in ids {
        let mut text = zh(path, &id).map(str::to_owned);
        if id == "strategy" {
            // The strategies and their Chinese labels, from the library's one table.
            let list: Vec<String> = fangfei::campaign::TeamStrategy::ALL
                .iter()
                .map(|s| format!("{}({})", s.name(), s.label(Lang::Zh)))
                .collect();
            text = text.map(|t| format!("{t}{}", list.join("、")));
        }
        cmd = cmd.mut_arg(id.as_str(), |a| {
            let heading = if a.is_positional() {
                "参数"
            } else {
                "选项"
            };
            let shown = a
                .get_value_names()
                .and_then(|v| v.first())
                .map_or_else(|| id.to_uppercase(), |v| v.as_str().to_owned());
            let name = VALUE_NAMES
                .iter()
                .find(|(en, _)| *en == shown)
                .map(|(_, zh)| *zh);
            let a = a.help_heading(heading);
            // Defaults and choices are in the Chinese text, not in clap's English.
            let a = if a.get_action().takes_values() {
                let a = a.hide_default_value(true).hide_possible_values(true);
                match name {
                    Some(name) => a.value_name(name),
                    None => a,
                }
            } else {
                a
            };
            match text {
                Some(t) => a.help(t),
                None => a,
            }
        });
    }
    // The usage line with Chinese placeholders (clap writes [OPTIONS] and <COMMAND>).
    let usage = cmd.render_usage().to_string();
    let usage = zh_usage(usage.trim().trim_start_matches("Usage:").trim());
    let usage = match usage.split_once(' ') {
        Some((_, rest)) if !path.is_empty() => format!("fangfei {path} {rest}"),
        _ if !path.is_empty() => format!("fangfei {path}"),
        _ => usage,
    };
    cmd = cmd.subcommand_value_name("命令").override_usage(usage);
    each_subcommand(cmd, path, &localise_at)
}

/// A usage error in Chinese: what was wrong, then the usage line. Help and version
/// requests are not errors and print as clap renders them (in the localised help).
pub fn usage_error_zh(e: &clap::Error, cmd: &mut Command) -> String {
    let text = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join("、"),
        _ => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let valid = text(ContextKind::ValidValue);
    let why = match e.kind() {
        ErrorKind::InvalidValue if valid.is_empty() => format!("参数{arg}的值“{value}”无效"),
        ErrorKind::InvalidValue => format!("参数{arg}的值“{value}”无效(可用:{valid})"),
        ErrorKind::UnknownArgument => format!("不认识的参数“{arg}”"),
        ErrorKind::InvalidSubcommand => {
            format!("不认识的命令“{}”", text(ContextKind::InvalidSubcommand))
        }
        ErrorKind::MissingRequiredArgument => format!("缺少必需的参数:{arg}"),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "缺少命令".to_owned()
        }
        ErrorKind::ValueValidation => format!("参数{arg}的值“{value}”有误"),
        ErrorKind::ArgumentConflict => format!("参数{arg}不能与其他已给的参数同用"),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("参数{arg}的值个数不对")
        }
        _ => "命令行参数有误".to_owned(),
    };
    // clap's "did you mean" (a similar command, option or value), kept in Chinese.
    let why = match [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(text)
    .find(|s| !s.is_empty())
    {
        Some(s) => format!("{why};是否为“{s}”?"),
        None => why,
    };
    // The usage of the command the error is about, when clap gives it.
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(u)) => u.to_string(),
        _ => cmd.render_usage().to_string(),
    };
    let usage = zh_usage(usage.trim().trim_start_matches("Usage:").trim());
    // The help of that command (`fangfei audit --help`), its words before the first
    // placeholder of the usage.
    let path: Vec<&str> = usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<']))
        .collect();
    let path = if path.is_empty() {
        "fangfei".to_owned()
    } else {
        path.join(" ")
    };
    format!("fangfei:{why}\n\n用法:{usage}\n\n查看帮助:{path} --help")
}

/// A usage line with clap's English placeholders in Chinese.
fn zh_usage(usage: &str) -> String {
    usage
        .replace("[OPTIONS]", "[选项]")
        .replace("<COMMAND>", "<命令>")
}

/// Whether `fangfei.exe` was most likely started by a double click: on Windows, with no
/// argument, reading a console, and with no `PROMPT` in its environment (cmd.exe sets one
/// for what it starts; Explorer does not). Such a window closes the moment the program
/// ends, so the help would flash and vanish. PowerShell sets no `PROMPT` either: there
/// the help waits for one Enter too, which costs a keystroke, not the message.
fn double_clicked(windows: bool, args: usize, console: bool, prompt: bool) -> bool {
    windows && args <= 1 && console && !prompt
}

/// After the help shown for no argument: when `double_clicked`, say how the program is
/// used and keep the window open until Enter.
pub fn hold_window(lang: Lang, args: usize) {
    use std::io::{BufRead, IsTerminal, Write};
    let console = std::io::stdin().is_terminal();
    let prompt = std::env::var_os("PROMPT").is_some();
    if !double_clicked(cfg!(windows), args, console, prompt) {
        return;
    }
    let text = match lang {
        Lang::Zh => {
            "\n这是命令行程序,双击只显示用法。请在本文件夹窗口的地址栏输入 cmd 并按回车,\n\
             在打开的窗口中输入命令,例如:fangfei audit 台账.xlsx\n\
             详见同一文件夹中的“使用说明.html”。\n\n按回车键关闭此窗口……"
        }
        Lang::En => {
            "\nThis is a command-line program: double-clicking only shows how to use it. Type\n\
             cmd in this folder's address bar and press Enter, then type a command in the\n\
             window that opens, e.g. fangfei audit ledger.xlsx (see 使用说明.html).\n\n\
             Press Enter to close this window..."
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "{text}");
    let _ = out.flush();
    let _ = std::io::stdin().lock().read_line(&mut String::new());
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_double_clicked_exe_waits() {
        use super::double_clicked;
        // Explorer: Windows, no argument, a console of its own, no PROMPT.
        assert!(double_clicked(true, 1, true, false));
        // Typed in cmd.exe (PROMPT set), with an argument, piped, or not Windows: no wait.
        assert!(!double_clicked(true, 1, true, true));
        assert!(!double_clicked(true, 2, true, false));
        assert!(!double_clicked(true, 1, false, false));
        assert!(!double_clicked(false, 1, true, false));
    }

    use super::*;
    use clap::CommandFactory;

    /// Every command and option has its Chinese help, and every Chinese entry names a
    /// command or option that exists.
    #[test]
    fn every_help_text_has_its_chinese() {
        fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
            out.push((path.to_owned(), String::new()));
            for a in cmd.get_arguments() {
                out.push((path.to_owned(), a.get_id().as_str().to_owned()));
            }
            // The `help` subcommands are clap's, and the Chinese command has none.
            for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let p = if path.is_empty() {
                    s.get_name().to_owned()
                } else {
                    format!("{path} {}", s.get_name())
                };
                walk(s, &p, out);
            }
        }
        let mut all = Vec::new();
        let mut cli = crate::Cli::command();
        cli.build(); // adds the help and version flags
        walk(&cli, "", &mut all);
        for (path, arg) in &all {
            assert!(
                zh(path, arg).is_some(),
                "no Chinese help for {path:?} {arg:?}"
            );
            if arg.is_empty() {
                assert!(
                    examples(path, Lang::Zh).is_some(),
                    "no example for {path:?}"
                );
            }
        }
        for (path, arg, _) in ZH {
            let exists = all.iter().any(|(p, a)| {
                a == arg
                    && (p == path
                        || (path.ends_with(" *") && p.starts_with(path.trim_end_matches('*')))
                        || *path == "*")
            });
            assert!(exists, "Chinese help for nothing: {path:?} {arg:?}");
        }
    }

    #[test]
    fn the_chinese_command_is_well_formed() {
        localise(crate::Cli::command(), Lang::Zh).debug_assert();
        crate::Cli::command().debug_assert();
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(lang_of(&args("fangfei --lang en rules")), Lang::En);
        assert_eq!(lang_of(&args("fangfei rules --lang=en")), Lang::En);
        assert_eq!(lang_of(&args("fangfei rules")), Lang::Zh);
        assert_eq!(lang_of(&args("fangfei --lang")), Lang::Zh);
    }
}
