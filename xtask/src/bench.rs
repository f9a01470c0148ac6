//! `cargo xtask bench`, and the size of what a browser downloads, which the tests print too.

use crate::{
    build_frontend, build_server, bundle, postgres, root, server_cargo, status, tools, SERVER_BUILD,
};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Prints what a browser downloads before a page reacts, raw and brotli-compressed, for the README's
/// performance figures: the WASM module, its JS glue and the stylesheet, the same for every page.
pub fn report_bundle_size() -> Result<Size> {
    let pkg = bundle()?;
    let mut total = Size {
        raw: 0,
        brotli: Some(0),
    };
    // Each file is served, and so compressed, on its own.
    for name in ["pieteikums.wasm", "pieteikums.js", "pieteikums.css"] {
        let file = pkg.join(name);
        let raw = std::fs::metadata(&file)
            .with_context(|| format!("{} was not built", file.display()))?
            .len() as usize;
        let size = Size {
            raw,
            brotli: brotli(&file),
        };
        size.print(name);
        total = total.plus(size);
    }
    total.print("every page");
    Ok(total)
}

#[derive(Clone, Copy)]
pub struct Size {
    raw: usize,
    /// `None` when the `brotli` tool is missing.
    brotli: Option<usize>,
}

impl Size {
    fn plus(self, other: Size) -> Size {
        Size {
            raw: self.raw + other.raw,
            brotli: self.brotli.zip(other.brotli).map(|(a, b)| a + b),
        }
    }

    fn describe(self) -> String {
        let kb = |bytes: usize| format!("{:.0} KB", bytes as f64 / 1024.0);
        format!(
            "{:>8} raw, {:>8} brotli",
            kb(self.raw),
            self.brotli.map(kb).unwrap_or_else(|| "unknown".to_owned())
        )
    }

    fn print(self, name: &str) {
        println!("  {name:<44} {}", self.describe());
    }
}

/// The size of `file` as the server sends it to a browser that accepts brotli: its precompressed copy.
fn brotli(file: &Path) -> Option<usize> {
    let mut compressed = file.as_os_str().to_owned();
    compressed.push(".br");
    Some(std::fs::metadata(compressed).ok()?.len() as usize)
}

/// Benchmarks on the loopback interface, bounded in time and count: the size of the browser bundle,
/// each page on a throttled phone (first visit and returning), autosave under 200 concurrent editors, the review board with 1,000 applications (page rate next
/// to a static file, live events to 500 pages, the server's memory), and a minute of mixed load on
/// SQLite and on PostgreSQL with one instance and two. Ends with one table of the headline figures,
/// which each bench adds to a file as it goes.
pub fn bench() -> Result<()> {
    tools::ensure_build_tools()?;
    build_frontend()?;
    build_server()?;
    let summary = root().join("target/bench-summary.md");
    let _ = std::fs::remove_file(&summary);
    let bench = |name: &str| {
        let mut command = server_cargo();
        command
            .arg("bench")
            .args(SERVER_BUILD[1..].iter())
            .args(["--bench", name])
            .env("SITE_ROOT", root().join("target/site"))
            .env("PIETEIKUMS_BENCH_SUMMARY", &summary);
        command
    };
    println!("\n==> browser bundle");
    let bundle = report_bundle_size()?;
    println!("\n==> phone: each page on a slow mobile network, first visit and returning");
    phone(&summary)?;
    println!("\n==> autosave, 200 concurrent editors");
    status(&mut bench("autosave"))?;
    let pretalx = pretalx_measure()?;
    println!("\n==> review board, 1,000 applications");
    let mut board = bench("board");
    if let Some(measured) = pretalx {
        board.env("PRETALX_MEASURED", measured);
    }
    status(&mut board)?;
    println!("\n==> mixed load: editors, board viewers and decisions, on SQLite and PostgreSQL");
    let database = postgres::TestPostgres::start()?;
    status(bench("mixed").env("PIETEIKUMS_BENCH_POSTGRES_URL", database.url()))?;

    println!("\n==> summary\n\n| benchmark | value | target |\n|---|---|---|");
    println!(
        "| browser bundle (WASM, JS and CSS), every page | {} | ≤ 250 KB brotli |",
        bundle.describe()
    );
    print!("{}", std::fs::read_to_string(&summary)?);
    Ok(())
}

/// The phone bench (`end2end/bench/phone.mjs`), against a server of its own with the demo data.
fn phone(summary: &Path) -> Result<()> {
    let server = crate::TestServer::start()?;
    status(
        Command::new("node")
            .arg("bench/phone.mjs")
            .current_dir(root().join("end2end"))
            .env("BASE_URL", &server.url)
            .env("DEMO_PASSWORD", crate::E2E_PASSWORD)
            .env("PIETEIKUMS_BENCH_SUMMARY", summary),
    )
}

/// pretalx's reviewer dashboard with 1,000 submissions, measured by its own scripts when
/// `PRETALX_BENCH_DIR` names the folder that holds them (`setup.sh`, `measure.sh`). They run from a copy
/// in `target/pretalx-bench`, where its virtualenv and database stay between runs. Answers the file
/// with the table it printed, for the board bench to put the board beside it.
fn pretalx_measure() -> Result<Option<PathBuf>> {
    let Some(source) = std::env::var_os("PRETALX_BENCH_DIR") else {
        println!(
            "\nnote: PRETALX_BENCH_DIR is not set, so the board is not measured beside pretalx"
        );
        return Ok(None);
    };
    println!(
        "\n==> pretalx's reviewer dashboard, 1,000 submissions (its own setup and measure scripts)"
    );
    let folder = root().join("target/pretalx-bench");
    std::fs::create_dir_all(&folder)?;
    for script in ["setup.sh", "measure.sh"] {
        std::fs::copy(Path::new(&source).join(script), folder.join(script))
            .with_context(|| format!("cannot copy {script} from PRETALX_BENCH_DIR"))?;
    }
    let output = Command::new("bash")
        .arg("measure.sh")
        .current_dir(&folder)
        .stderr(std::process::Stdio::inherit())
        .output()
        .context("cannot run pretalx's measure.sh")?;
    let table = String::from_utf8_lossy(&output.stdout);
    println!("{table}");
    if !output.status.success() {
        bail!("pretalx's measure.sh failed with {}", output.status);
    }
    let measured = folder.join("measured.txt");
    std::fs::write(&measured, table.as_bytes())?;
    Ok(Some(measured))
}
