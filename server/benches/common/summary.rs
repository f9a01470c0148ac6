//! The one table `cargo xtask bench` prints at the end: each bench adds its headline figures as rows
//! to the file that `PIETEIKUMS_BENCH_SUMMARY` names. A bench run on its own prints only its own lines.

use std::io::Write;

/// Adds the row `benchmark | value | target` to the summary, when there is one to add to.
pub fn record(benchmark: &str, value: &str, target: &str) -> anyhow::Result<()> {
    let Ok(path) = std::env::var("PIETEIKUMS_BENCH_SUMMARY") else {
        return Ok(());
    };
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    writeln!(file, "| {benchmark} | {value} | {target} |")?;
    Ok(())
}
