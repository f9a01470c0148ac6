use server::clock::{SharedClock, ShiftedClock, SystemClock};
use server::configuration::Settings;
use server::secretary::NewSecretary;
use server::startup::{shutdown_signal, Application};
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    limit_allocator_arenas();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("pieteikums: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(serve())
}

/// glibc gives each thread that allocates at once an arena of its own, up to eight per core, and keeps
/// what is freed in each. The board bench measured 129 MiB resident with the default; two arenas and
/// giving back free memory above 1 MiB measured 69 MiB, at the same requests per second (one arena
/// halved them). Set before the runtime starts any thread, as glibc requires.
fn limit_allocator_arenas() {
    #[cfg(target_env = "gnu")]
    // SAFETY: `mallopt` only sets allocator parameters; it is called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 1024 * 1024);
    }
}

async fn serve() -> ExitCode {
    server::telemetry::init();
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line naming the problem and its causes, instead of a panic trace.
            eprintln!("pieteikums: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// `server` serves; `server backup FOLDER` and `server restore FOLDER` copy the data out and back;
/// `server add-secretary EMAIL …` opens a secretary's account and prints its set-password link.
async fn run() -> anyhow::Result<()> {
    if std::env::args().nth(1).as_deref() == Some("--version") {
        println!("{}", version());
        return Ok(());
    }
    let settings = Settings::from_env()?;
    let clock: SharedClock = match settings.clock_start {
        Some(start) => Arc::new(ShiftedClock::starting_at(start)),
        None => Arc::new(SystemClock),
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] => {}
        ["backup", folder] => return server::backup::backup(&settings, folder.as_ref()).await,
        ["restore", folder] => return server::backup::restore(&settings, folder.as_ref()).await,
        ["add-secretary", ref rest @ ..] => {
            let secretary = NewSecretary::parse(rest)?;
            let email = secretary.email.as_str().to_owned();
            let link = server::secretary::add(&settings, clock.as_ref(), secretary).await?;
            println!("Opened the secretary's account {email}. Choose its password within 72 hours at:\n{link}");
            return Ok(());
        }
        _ => anyhow::bail!(
            "usage: server [--version | backup FOLDER | restore FOLDER | {}]",
            server::secretary::USAGE.trim_start_matches("server ")
        ),
    }
    let demo = settings.demo.then(|| settings.demo_password.clone());
    let mut application = Application::build(settings, clock).await?;
    if let Some(chosen) = demo {
        let generated = application.take_generated_demo_password().map(|p| p.0);
        print!(
            "{}",
            server::demo::describe(chosen.as_deref().or(generated.as_deref()))
        );
    }
    tracing::info!(port = application.port(), version = version(), "listening");
    application.run_until_stopped(shutdown_signal()).await
}

/// The version and the commit it was built from; `cargo xtask` passes the commit in when it builds.
fn version() -> String {
    format!(
        "pieteikums {} (commit {})",
        env!("CARGO_PKG_VERSION"),
        option_env!("PIETEIKUMS_COMMIT").unwrap_or("unknown")
    )
}
