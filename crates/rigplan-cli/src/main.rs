//! `rigplan`: the planner in a terminal. A thin adapter: flags -> [`Params`] ->
//! [`resolve`] -> [`rigplan_core::estimate`] -> text or JSON.

mod args;
mod output;

use std::process::ExitCode;

const USAGE: &str = "\
rigplan: will this LLM fit on this machine, how fast, at what power and cost?

USAGE:
    rigplan estimate [FLAGS] [--json]
    rigplan catalog [--json]
    rigplan --help | --version

ESTIMATE FLAGS (defaults in brackets):
    --model ID | --model-config PATH     model id or a Hugging Face config.json [llama-3.1-8b]
    --quant ID                           quantization [q4_k_m]
    --hardware ID | --hardware-spec PATH device or system id, or a JSON spec [rtx-4090]
    --memory-gb N                        override the device memory
    --count N                            devices (or machines for a system id) [1]
    --split layer|tensor                 multi-device split [layer]
    --context N                          context length, tokens [4096]
    --prompt N                           prompt length, tokens [512]
    --depth N                            KV depth for the decode figure [0]
    --kv-quant f16|q8_0|q4_0             KV cache type [f16]
    --engine ID                          llama.cpp, mlx, vllm, tensorrt-llm, exllamav2 [llama.cpp]
    --backend ID                         cuda, metal, vulkan, rocm, cpu [from the vendor]
    --flash-attention on|off             [on]
    --batch N                            concurrent sequences [1]
    --hours-per-day H                    [8]
    --electricity-usd-per-kwh X          [0.15]
    --years N                            [5]
    --price-usd X                        purchase price of the machine
    --power-w X                          override load watts
    --maintenance-usd-per-year X         [0]
    --cloud-usd-per-hour X               cloud price (assumed same speed)
    --api-usd-per-mtok X                 API price per million tokens
    --json                               one JSON object instead of text

Bad input exits with code 2 and one line naming the problem.";

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
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
        None | Some("--help" | "-h" | "help") => Ok(USAGE.to_string()),
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
            let r = rigplan_scenario::resolve(&params).map_err(|e| e.message)?;
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
