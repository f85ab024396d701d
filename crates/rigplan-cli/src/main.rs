//! `rigplan`: the planner in a terminal. A thin adapter: flags -> [`Params`](rigplan_scenario::Params) ->
//! [`resolve`](rigplan_scenario::resolve()) -> [`rigplan_core::estimate`] -> text or JSON.

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
    rigplan models --hardware ID [--count N] [FLAGS] [--moe | --dense] [--family NAME]
                   [--min-params-b X] [--max-params-b X] [--min-decode X] [--min-context N]
                   [--sort size|speed|name|recent] [--json]
                                   what runs on a machine: every catalog model, the
                                   highest-precision quantization that fits, its speed
                                   and the longest context that fits
    rigplan plan --model ID [--min-decode X] [--max-ttft S] [--context N] [--max-price USD]
                 [--users N] [--sort price|tco|joules] [FLAGS] [--json]
                                   what to buy: every device (1, 2, 4, 8) and system, both
                                   split modes (several only of cards), cheapest first,
                                   and which meet the targets
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

/// `argv` with the commands' shorthands spelled as field flags: `--moe` and `--dense`
/// (`--arch moe|dense`), and for `plan`, `--users N` also sets `--serve-users on`.
fn shorthands(argv: &[String], plan: bool) -> Vec<String> {
    let mut out = Vec::new();
    for a in argv {
        match a.as_str() {
            "--moe" | "--dense" if !plan => {
                out.push("--arch".to_string());
                out.push(a[2..].to_string());
            }
            _ => {
                if plan && (a == "--users" || a.starts_with("--users=")) {
                    out.push("--serve-users".to_string());
                    out.push("on".to_string());
                }
                out.push(a.clone());
            }
        }
    }
    out
}

/// The `--sort` of a command, checked against the orders it knows.
fn check_sort(p: &rigplan_scenario::Params, allowed: &[&str]) -> Result<(), String> {
    match p.sort.as_deref() {
        Some(s) if !allowed.contains(&s) => Err(format!(
            "--sort must be {}, found '{s}'",
            allowed.join(", ")
        )),
        _ => Ok(()),
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
                output::estimate_json(&params, &r, &e)
            } else {
                output::estimate_text(&params, &r, &e)
            })
        }
        Some("models") => {
            let (params, json) = args::parse(&shorthands(&argv[1..], false))?;
            check_sort(&params, &["size", "speed", "name", "recent"])?;
            rigplan_scenario::resolve(&params).map_err(|e| e.to_string())?;
            let rows = rigplan_scenario::runs::rows(&params);
            Ok(if json {
                output::models_json(&rows)
            } else {
                output::models_text(&rows)
            })
        }
        Some("plan") => {
            let (params, json) = args::parse(&shorthands(&argv[1..], true))?;
            check_sort(&params, &["price", "tco", "joules"])?;
            rigplan_scenario::resolve(&params).map_err(|e| e.to_string())?;
            let targets = rigplan_scenario::plan::Targets::of(&params);
            let rows = rigplan_scenario::plan::plan(&params, &targets);
            Ok(if json {
                output::plan_json(&rows)
            } else {
                output::plan_text(&rows, &targets)
            })
        }
        Some(other) => Err(format!(
            "unknown command '{other}'; use estimate, models, plan, catalog or --help"
        )),
    }
}
