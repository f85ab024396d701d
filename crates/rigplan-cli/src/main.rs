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
    rigplan models --hardware ID [--count N] [FLAGS] [--moe | --dense] [--family NAME]
                   [--min-params-b X] [--max-params-b X] [--min-decode X] [--min-context N]
                   [--sort size|speed|name] [--json]
                                   what runs on a machine: every catalog model, the
                                   highest-precision quantization that fits, its speed
                                   and the longest context that fits
    rigplan plan --model ID [--min-decode X] [--max-ttft S] [--context N] [--max-price USD]
                 [--users N] [FLAGS] [--json]
                                   what to buy: every device (1, 2, 4, 8) and system, both
                                   split modes, cheapest first, and which meet the targets
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

/// The `models` filters, taken out of `argv`; the rest are `estimate` flags.
fn models_flags(
    argv: &[String],
) -> Result<(Vec<String>, rigplan_scenario::runs::Filters, String), String> {
    let mut f = rigplan_scenario::runs::Filters::default();
    let mut sort = String::from("size");
    let mut rest = Vec::new();
    let mut it = argv.iter();
    let num = |flag: &str, v: Option<&String>| -> Result<f64, String> {
        let v = v.ok_or_else(|| format!("{flag} needs a value"))?;
        match v.parse::<f64>() {
            Ok(x) if x.is_finite() && x >= 0.0 => Ok(x),
            _ => Err(format!("{flag} must be a number from 0, found '{v}'")),
        }
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--moe" => f.moe = Some(true),
            "--dense" => f.moe = Some(false),
            "--family" => {
                f.family = Some(it.next().ok_or("--family needs a value")?.clone());
            }
            "--min-params-b" => f.params_b.0 = Some(num(a, it.next())?),
            "--max-params-b" => f.params_b.1 = Some(num(a, it.next())?),
            "--min-decode" => f.min_decode = Some(num(a, it.next())?),
            "--min-context" => f.min_context = Some(num(a, it.next())?.min(1e9) as u32),
            "--sort" => {
                sort = it.next().ok_or("--sort needs a value")?.clone();
                if !matches!(sort.as_str(), "size" | "speed" | "name") {
                    return Err(format!(
                        "--sort must be size, speed or name, found '{sort}'"
                    ));
                }
            }
            _ => rest.push(a.clone()),
        }
    }
    Ok((rest, f, sort))
}

/// The `plan` targets, taken out of `argv`; the rest are `estimate` flags.
fn plan_flags(argv: &[String]) -> Result<(Vec<String>, rigplan_scenario::plan::Targets), String> {
    let mut t = rigplan_scenario::plan::Targets::default();
    let mut rest = Vec::new();
    let mut it = argv.iter();
    while let Some(a) = it.next() {
        let slot = match a.as_str() {
            "--min-decode" => &mut t.min_decode,
            "--max-ttft" => &mut t.max_ttft,
            "--max-price" => &mut t.max_price,
            _ => {
                rest.push(a.clone());
                continue;
            }
        };
        let v = it.next().ok_or_else(|| format!("{a} needs a value"))?;
        match v.parse::<f64>() {
            Ok(x) if x.is_finite() && x >= 0.0 => *slot = Some(x),
            _ => return Err(format!("{a} must be a number from 0, found '{v}'")),
        }
    }
    Ok((rest, t))
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
        Some("models") => {
            let (rest, filters, sort) = models_flags(&argv[1..])?;
            let (params, json) = args::parse(&rest)?;
            rigplan_scenario::resolve(&params).map_err(|e| e.to_string())?;
            let mut rows = rigplan_scenario::runs::what_runs(&params, &filters);
            match sort.as_str() {
                "speed" => rows.sort_by(|a, b| {
                    b.estimate
                        .speed
                        .decode
                        .get()
                        .total_cmp(&a.estimate.speed.decode.get())
                }),
                "name" => rows.sort_by(|a, b| a.name.cmp(b.name)),
                _ => rows.sort_by(|a, b| b.total_params.total_cmp(&a.total_params)),
            }
            Ok(if json {
                output::models_json(&rows)
            } else {
                output::models_text(&rows)
            })
        }
        Some("plan") => {
            let (rest, mut targets) = plan_flags(&argv[1..])?;
            let users_given = rest
                .iter()
                .any(|a| a == "--users" || a.starts_with("--users="));
            let (params, json) = args::parse(&rest)?;
            if users_given {
                targets.users = Some(params.users);
            }
            rigplan_scenario::resolve(&params).map_err(|e| e.to_string())?;
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
