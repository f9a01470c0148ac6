use server::clock::{SharedClock, ShiftedClock, SystemClock};
use server::configuration::Settings;
use server::startup::{shutdown_signal, Application};
use std::process::ExitCode;
use std::sync::Arc;

#[tokio::main]
async fn main() -> ExitCode {
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

async fn run() -> anyhow::Result<()> {
    let settings = Settings::from_env()?;
    let demo = settings.demo.then(|| settings.demo_password.clone());
    let clock: SharedClock = match settings.clock_start {
        Some(start) => Arc::new(ShiftedClock::starting_at(start)),
        None => Arc::new(SystemClock),
    };
    let mut application = Application::build(settings, clock).await?;
    if let Some(chosen) = demo {
        let generated = application.take_generated_demo_password().map(|p| p.0);
        print!(
            "{}",
            server::demo::describe(chosen.as_deref().or(generated.as_deref()))
        );
    }
    tracing::info!(port = application.port(), "listening");
    application.run_until_stopped(shutdown_signal()).await
}
