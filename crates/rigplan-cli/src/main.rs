//! `rigplan`: the planner in a terminal. A thin adapter: flags -> [`Params`] ->
//! [`resolve`] -> [`rigplan_core::estimate`] -> text or JSON.

mod args;
mod output;

use std::process::ExitCode;

/// `--help`: the commands, then the `estimate` flags written from the field table.
fn usage() -> String {
    format!(
        "\
rigplan: will this LLM fit on this machine, how fast, at what power and cost?

USAGE:
    rigplan estimate [FLAGS] [--json]
    rigplan catalog [--json]
    rigplan --help | --version

ESTIMATE FLAGS (defaults in brackets):
{}

Bad input exits with code 2 and one line naming the problem.",
        args::help()
    )
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok(text) => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{text}").and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                // A reader that stops early (`| head`) ends the output normally.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("rigplan: cannot write the output: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Err(msg) => {
            eprintln!("rigplan: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Runs one command and returns what to print, or the one-line error.
fn run(argv: &[String]) -> Result<String, String> {
    match argv.first().map(String::as_str) {
        None | Some("--help" | "-h" | "help") => Ok(usage()),
        Some("--version" | "-V") => Ok(format!("rigplan {}", env!("CARGO_PKG_VERSION"))),
        Some("catalog") => {
            let json = match &argv[1..] {
                [] => false,
                [f] if f == "--json" => true,
                [other, ..] => {
                    return Err(format!("unknown flag '{other}' for catalog (only --json)"));
                }
            };
            Ok(output::catalog(json))
        }
        Some("estimate") => {
            let (params, json) = args::parse(&argv[1..])?;
            let r = rigplan_scenario::resolve(&params).map_err(|e| e.to_string())?;
            let e = rigplan_core::estimate(&r.scenario);
            Ok(if json {
                output::estimate_json(&r, &e)
            } else {
                output::estimate_text(&r, &e)
            })
        }
        Some(other) => Err(format!(
            "unknown command '{other}'; use estimate, catalog or --help"
        )),
    }
}
