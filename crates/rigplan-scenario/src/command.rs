//! The command that runs a scenario: `llama-server`, `mlx_lm.server`, `vllm serve` or
//! `trtllm-serve` with the flags the scenario states (context, offload, KV cache type,
//! flash attention, expert offload, micro-batch, split across devices, parallel sequences). The model
//! file or repository is a placeholder named after the catalog id and quantization: the
//! catalog records architectures, not download locations.

use crate::params::Params;
use crate::resolve::Resolved;
use alloc::format;
use alloc::string::String;
use rigplan_core::quant::KvType;
use rigplan_core::{Engine, Estimate, Fit, Split};

/// The command line for `p` (resolved as `r`, estimated as `e`), one line, copyable.
pub fn command(p: &Params, r: &Resolved, e: &Estimate) -> String {
    let s = &r.scenario;
    let model = match &p.model {
        crate::params::ModelChoice::Id(id) => id.as_str(),
        crate::params::ModelChoice::Custom(_) => "your-model",
    };
    let n = s.count;
    let seqs = s.batch.max(1);
    let quant = p.quant.as_str();
    match s.engine {
        Engine::LlamaCpp => {
            // Layers on the accelerators: all, unless part of the model is in system RAM.
            let layers = s.model.layers;
            let ngl = if e.memory.fit == Fit::Offload && e.memory.offloaded.get() > 0.0 {
                let share = 1.0 - e.memory.offloaded.get() / e.memory.weights.get().max(1.0);
                (f64::from(layers) * share.clamp(0.0, 1.0)) as u32
            } else {
                99
            };
            // llama-server divides -c among the --parallel slots: each gets the context.
            let mut c = format!(
                "llama-server -m {model}-{}.gguf -c {} -ngl {ngl} -fa {}",
                quant.to_ascii_uppercase(),
                u64::from(s.context) * u64::from(seqs),
                if s.flash_attention { "on" } else { "off" }
            );
            if s.kv != KvType::F16 {
                c += &format!(" -ctk {0} -ctv {0}", s.kv.id());
            }
            if p.cpu_moe {
                c += " --cpu-moe";
            } else if s.n_cpu_moe > 0 {
                c += &format!(" --n-cpu-moe {}", s.n_cpu_moe);
            }
            if s.ubatch != rigplan_core::memory::UBATCH {
                // The logical batch (-b, default NBATCH) must hold the micro-batch.
                if f64::from(s.ubatch) > rigplan_core::speed::NBATCH {
                    c += &format!(" -b {}", s.ubatch);
                }
                c += &format!(" -ub {}", s.ubatch);
            }
            if n > 1 {
                let split = if s.split == Split::Tensor {
                    "row"
                } else {
                    "layer"
                };
                let ones: alloc::vec::Vec<&str> = (0..n).map(|_| "1").collect();
                c += &format!(" -sm {split} -ts {}", ones.join(","));
            }
            if seqs > 1 {
                c += &format!(" --parallel {seqs}");
            }
            c
        }
        Engine::Mlx => format!("mlx_lm.server --model {model}-{quant}-mlx --port 8080"),
        Engine::Vllm => {
            let mut c = format!("vllm serve {model} --max-model-len {}", s.context);
            if n > 1 {
                let flag = if s.split == Split::Tensor {
                    "--tensor-parallel-size"
                } else {
                    "--pipeline-parallel-size"
                };
                c += &format!(" {flag} {n}");
            }
            if s.kv != KvType::F16 {
                c += " --kv-cache-dtype fp8";
            }
            c += &format!(" --max-num-seqs {}", seqs.max(1));
            c
        }
        Engine::TensorRtLlm => format!(
            "trtllm-serve {model} --tp_size {} --max_seq_len {} --max_batch_size {seqs}",
            if s.split == Split::Tensor { n } else { 1 },
            s.context
        ),
        // ExLlamaV2 runs behind TabbyAPI, configured by file rather than flags.
        Engine::ExLlamaV2 => format!(
            "# TabbyAPI config.yml: model_name: {model}-{quant}-exl2, max_seq_len: {}",
            s.context
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::command;
    use crate::params::{HardwareChoice, ModelChoice, Params};
    use alloc::string::ToString;

    fn run(p: &Params) -> alloc::string::String {
        let r = crate::resolve(p).expect("resolves");
        let e = rigplan_core::estimate(&r.scenario);
        command(p, &r, &e)
    }

    #[test]
    fn commands_carry_the_scenarios_flags() {
        let mut p = Params {
            model: ModelChoice::Id("gpt-oss-120b".to_string()),
            hardware: HardwareChoice::Id("rtx-3090".to_string()),
            count: 2,
            n_cpu_moe: 12,
            context: 32768,
            kv: rigplan_core::quant::KvType::Q8_0,
            ..Params::default()
        };
        let c = run(&p);
        assert!(
            !c.contains("-ub"),
            "the default micro-batch needs no flag: {c}"
        );
        p.ubatch = 4096;
        assert!(run(&p).contains(" -b 4096 -ub 4096"), "{}", run(&p));
        p.ubatch = 512;
        for flag in [
            "llama-server",
            "-c 32768",
            "-fa on",
            "-ctk q8_0 -ctv q8_0",
            "--n-cpu-moe 12",
            "-sm layer -ts 1,1",
        ] {
            assert!(c.contains(flag), "{flag} missing: {c}");
        }
        p.batch = 4;
        assert!(run(&p).contains("-c 131072") && run(&p).contains("--parallel 4"));
        p.engine = "vllm".to_string();
        p.quant = "fp8".to_string();
        p.split = rigplan_core::Split::Tensor;
        p.n_cpu_moe = 0;
        let v = run(&p);
        for flag in [
            "vllm serve gpt-oss-120b",
            "--tensor-parallel-size 2",
            "--max-model-len 32768",
            "--kv-cache-dtype fp8",
            "--max-num-seqs 4",
        ] {
            assert!(v.contains(flag), "{flag} missing: {v}");
        }
    }
}
