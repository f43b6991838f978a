//! The `fangfei` binary: see the `fangfei_cli` library for the commands.

fn main() -> std::process::ExitCode {
    fangfei_cli::main()
}
