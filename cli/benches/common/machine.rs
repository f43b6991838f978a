//! The machine a bench runs on, as it says itself: printed at the start of every bench
//! run, so a figure copied into BENCHMARKS.md carries the CPU it was measured on.

/// `CPU: <model name from /proc/cpuinfo>, <n> cores` (or what is known of it).
pub fn describe() -> String {
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    format!("CPU: {model}, {cores} cores")
}
