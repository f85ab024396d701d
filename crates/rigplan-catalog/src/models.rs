//! Models, with architecture fields from each model's `config.json`.
//!
//! Conventions: `params` prefers llama.cpp llama-bench tensor counts where the calibration data
//! has them (`/work/shared/calibration/model_configs.csv`), else Hugging Face safetensors totals or
//! the model card figure. For MLA models (DeepSeek, Kimi, GLM-4.7-Flash) `head_dim` is the query/key
//! head width `qk_nope_head_dim + qk_rope_head_dim` (what llama.cpp calls `n_embd_head_k`); the KV
//! cache is described by `Attention::Mla`, not by `kv_heads * head_dim`.
use crate::types::{ModelEntry, Source};
use rigplan_core::model::{Attention, ModelArch, Moe};

/// Model entries.
pub const MODELS: &[ModelEntry] = &[
    ModelEntry {
        id: "llama-2-7b",
        name: "Llama 2 7B",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-2-7b-hf"),
        arch: ModelArch {
            params: 6.738415616e9,
            active_params: 6.738415616e9,
            layers: 32,
            hidden: 4096,
            heads: 32,
            kv_heads: 32,
            head_dim: 128,
            ffn: 11008,
            vocab: 32000,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 4096,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama2-7b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://huggingface.co/kashif/stack-llama-2/blob/refs%2Fpr%2F5/config.json"
                ),
                covers: text!("arch context tied"),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/llama2/_model_builders.py"
                ),
                covers: text!("arch context"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/llama-2-7b.Q4_0/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 6738415616)"),
            },
        ],
        notes: text!(
            "No GQA (kv_heads = heads). Early HF config copies (and mlc-llm's preset) show max_position_embeddings 2048; the released Llama 2 context is 4096 (torchtune llama2_7b max_seq_len, later HF config)."
        ),
    },
    ModelEntry {
        id: "llama-2-13b",
        name: "Llama 2 13B",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-2-13b-hf"),
        arch: ModelArch {
            params: 13.0e9,
            active_params: 13.0e9,
            layers: 40,
            hidden: 5120,
            heads: 40,
            kv_heads: 40,
            head_dim: 128,
            ffn: 13824,
            vocab: 32000,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 4096,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama2-13b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py"
                ),
                covers: text!(
                    "arch tied (llama2_13b preset, _name_or_path meta-llama/Llama-2-13b-hf)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/llama2/_model_builders.py"
                ),
                covers: text!("arch context params (llama2_13b, cites arXiv 2307.09288)"),
            },
        ],
        notes: text!(
            "params is the nominal 13B of the model name (Llama 2 paper sizes 7B/13B/70B); no exact tensor count was retrieved. No GQA."
        ),
    },
    ModelEntry {
        id: "llama-2-70b",
        name: "Llama 2 70B",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-2-70b-hf"),
        arch: ModelArch {
            params: 70.0e9,
            active_params: 70.0e9,
            layers: 80,
            hidden: 8192,
            heads: 64,
            kv_heads: 8,
            head_dim: 128,
            ffn: 28672,
            vocab: 32000,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 4096,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama2-70b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py"
                ),
                covers: text!("arch tied (llama2_70b preset)"),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/llama2/_model_builders.py"
                ),
                covers: text!("arch context params (llama2_70b, cites arXiv 2307.09288)"),
            },
        ],
        notes: text!(
            "params is the nominal 70B of the model name; the real tensor count is somewhat lower (GQA shrinks K/V projections) but was not retrieved."
        ),
    },
    ModelEntry {
        id: "llama-3-8b",
        name: "Llama 3 8B",
        family: "Llama",
        hf_repo: text!("meta-llama/Meta-Llama-3-8B"),
        arch: ModelArch {
            params: 8.03e9,
            active_params: 8.03e9,
            layers: 32,
            hidden: 4096,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 14336,
            vocab: 128256,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 8192,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama3-8b.yml"
                ),
                covers: text!("arch tied (logits_via_embedding false)"),
            },
            Source {
                url: text!(
                    "https://huggingface.co/pandyamarut/Meta-Llama-3-8B/blob/3689724debf35846edda50e9442887aa41c7157c/config.json"
                ),
                covers: text!("arch context"),
            },
            Source {
                url: text!(
                    "https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/aa72e0ec86c356c41f8281c9733e9a13c3675800/README.md"
                ),
                covers: text!("params (llama-bench: 8.03 B)"),
            },
        ],
        notes: text!(""),
    },
    ModelEntry {
        id: "llama-3-70b",
        name: "Llama 3 70B",
        family: "Llama",
        hf_repo: text!("meta-llama/Meta-Llama-3-70B"),
        arch: ModelArch {
            params: 70.55e9,
            active_params: 70.55e9,
            layers: 80,
            hidden: 8192,
            heads: 64,
            kv_heads: 8,
            head_dim: 128,
            ffn: 28672,
            vocab: 128256,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 8192,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama3-70b.yml"
                ),
                covers: text!("arch tied"),
            },
            Source {
                url: text!(
                    "https://huggingface.co/kittn/Meta-Llama-3-70B-quant/blob/main/config.json"
                ),
                covers: text!("arch context"),
            },
            Source {
                url: text!(
                    "https://github.com/XiongjieDai/GPU-Benchmarks-on-LLM-Inference/blob/aa72e0ec86c356c41f8281c9733e9a13c3675800/README.md"
                ),
                covers: text!("params (llama-bench: 70.55 B)"),
            },
        ],
        notes: text!(""),
    },
    ModelEntry {
        id: "llama-3.1-8b",
        name: "Llama 3.1 8B",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-3.1-8B"),
        arch: ModelArch {
            params: 8.030261312e9,
            active_params: 8.030261312e9,
            layers: 32,
            hidden: 4096,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 14336,
            vocab: 128256,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context tied (llama31_8b_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama3.1-8b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://huggingface.co/mlx-community/Meta-Llama-3.1-8B-bf16/blob/refs%2Fpr%2F1/config.json"
                ),
                covers: text!("arch context"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/shisa-v2-llama3.1-8b.i1-Q4_K_M/raw_runs.jsonl"
                ),
                covers: text!(
                    "params (llama-bench model_n_params 8030261312 of a Llama 3.1 8B fine-tune)"
                ),
            },
        ],
        notes: text!(
            "max_position_embeddings 131072 via llama3 rope_scaling (factor 8, original 8192)."
        ),
    },
    ModelEntry {
        id: "llama-3.1-70b",
        name: "Llama 3.1 70B",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-3.1-70B"),
        arch: ModelArch {
            params: 70.553706560e9,
            active_params: 70.553706560e9,
            layers: 80,
            hidden: 8192,
            heads: 64,
            kv_heads: 8,
            head_dim: 128,
            ffn: 28672,
            vocab: 128256,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context tied (llama31_70b_config)"),
            },
            Source {
                url: text!(
                    "https://huggingface.co/amd/Llama-3.1-70B-Instruct-FP8-KV/blob/1f903f121840fb6f97bf3b29b454dfc345d0f897/config.json"
                ),
                covers: text!("arch context"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/shisa-v2-llama3.3-70b.i1-Q4_K_M/raw_runs.jsonl"
                ),
                covers: text!(
                    "params (llama-bench model_n_params 70553706560 of a Llama 3.3 70B fine-tune; same shapes)"
                ),
            },
        ],
        notes: text!(""),
    },
    ModelEntry {
        id: "llama-3.3-70b",
        name: "Llama 3.3 70B Instruct",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-3.3-70B-Instruct"),
        arch: ModelArch {
            params: 70.553706560e9,
            active_params: 70.553706560e9,
            layers: 80,
            hidden: 8192,
            heads: 64,
            kv_heads: 8,
            head_dim: 128,
            ffn: 28672,
            vocab: 128256,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama3.3-70b.yml"
                ),
                covers: text!("arch tied"),
            },
            Source {
                url: text!(
                    "https://huggingface.co/relaxml/Llama-3.3-70B-Instruct-QTIP-3Bit/blame/d9f5da3eb82d0f86a19bb736a503ceb6bdd54fe4/config.json"
                ),
                covers: text!("arch context"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/shisa-v2-llama3.3-70b.i1-Q4_K_M/raw_runs.jsonl"
                ),
                covers: text!(
                    "params (llama-bench model_n_params 70553706560 of a Llama 3.3 70B fine-tune)"
                ),
            },
        ],
        notes: text!(""),
    },
    ModelEntry {
        id: "llama-3.1-405b",
        name: "Llama 3.1 405B",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-3.1-405B"),
        arch: ModelArch {
            params: 405.0e9,
            active_params: 405.0e9,
            layers: 126,
            hidden: 16384,
            heads: 128,
            kv_heads: 8,
            head_dim: 128,
            ffn: 53248,
            vocab: 128256,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context (llama31_405b_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama3.1-405b.yml"
                ),
                covers: text!("arch tied"),
            },
            Source {
                url: text!(
                    "https://huggingface.co/relaxml/Llama-3.1-405B-Instruct-QTIP-4Bit-TP8/blame/main/config.json"
                ),
                covers: text!("arch context"),
            },
            Source {
                url: text!(
                    "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b/README.md"
                ),
                covers: text!(
                    "params (base-model comparison table: LLaMA-3.1 405B, # Total Params 405B)"
                ),
            },
        ],
        notes: text!(
            "params nominal (model name). Early HF config copies showed num_key_value_heads 16; MaxText and later copies show 8, used here."
        ),
    },
    ModelEntry {
        id: "llama-3.2-1b",
        name: "Llama 3.2 1B",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-3.2-1B"),
        arch: ModelArch {
            params: 1.23e9,
            active_params: 1.23e9,
            layers: 16,
            hidden: 2048,
            heads: 32,
            kv_heads: 8,
            head_dim: 64,
            ffn: 8192,
            vocab: 128256,
            tied_embeddings: true,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py"
                ),
                covers: text!("arch context tied (llama3_2_1b preset)"),
            },
            Source {
                url: text!(
                    "https://github.com/kevinstephano/thunder_model_blocks/blob/5c083b0e1fc8c408308c6b602bfd4669a36a2901/thunder_model_blocks/llama/llama_config.py"
                ),
                covers: text!(
                    "arch context tied (HF config copy of meta-llama/Llama-3.2-1B-Instruct)"
                ),
            },
            Source {
                url: text!("https://huggingface.co./QuantFactory/Llama-3.2-1B-GGUF"),
                covers: text!(
                    "params context (original model card: 1B (1.23B), 128k, shared embeddings)"
                ),
            },
        ],
        notes: text!(
            "Explicit head_dim 64. max_position_embeddings 131072 via llama3 rope_scaling factor 32."
        ),
    },
    ModelEntry {
        id: "llama-3.2-3b",
        name: "Llama 3.2 3B",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-3.2-3B-Instruct"),
        arch: ModelArch {
            params: 3.212749824e9,
            active_params: 3.212749824e9,
            layers: 28,
            hidden: 3072,
            heads: 24,
            kv_heads: 8,
            head_dim: 128,
            ffn: 8192,
            vocab: 128256,
            tied_embeddings: true,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py"
                ),
                covers: text!("arch context tied (llama3_2_3b preset)"),
            },
            Source {
                url: text!(
                    "https://huggingface.co/datasets/lhpku20010120/Llama-3.2-3B-Instruct/blob/main/config.json"
                ),
                covers: text!("arch context tied"),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-context-labs-meta-llama-llama-3-2-3b-instruct-fp16/sources/huggingface/config.json"
                ),
                covers: text!("arch context tied"),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-context-labs-meta-llama-llama-3-2-3b-instruct-fp16/sources/huggingface/model.json"
                ),
                covers: text!("params (HF safetensors total 3,212,749,824)"),
            },
        ],
        notes: text!(""),
    },
    ModelEntry {
        id: "llama-4-scout",
        name: "Llama 4 Scout 17B-16E",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-4-Scout-17B-16E-Instruct"),
        arch: ModelArch {
            params: 107.769861184e9,
            active_params: 17.0e9,
            layers: 48,
            hidden: 5120,
            heads: 40,
            kv_heads: 8,
            head_dim: 128,
            ffn: 8192,
            vocab: 202048,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 16,
                active: 1,
                shared: 1,
                expert_ffn: 8192,
                dense_layers: 0,
            }),
            attention: Attention::Sliding {
                window: 8192,
                local_layers: 36,
            },
            max_context: 10485760,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama4-17b-16e.yml"
                ),
                covers: text!(
                    "arch (16 experts top-1, 1 shared, every layer MoE, chunk 8192, NoPE every 4th)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/008e574391258935f3ecc3035c882e73bbcac419/src/transformers/models/llama4/configuration_llama4.py"
                ),
                covers: text!(
                    "arch tied head_dim (Llama4TextConfig defaults, checkpoint meta-llama/Llama-4-Scout-17B-16E)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/llama4/_model_builders.py"
                ),
                covers: text!("arch context (llama4_scout_17b_16e max_seq_len 10485760)"),
            },
            Source {
                url: text!("https://openlaboratory.ai/models/llama-4-scout-17b-16e-instruct"),
                covers: text!("params context (109B total, 17B active, 10M context)"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/Llama-4-Scout-17B-16E-Instruct-UD-Q4_K_XL/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 107769861184, text-only GGUF)"),
            },
        ],
        notes: text!(
            "Llama 4 uses chunked local attention (attention_chunk_size 8192) on the RoPE layers and global NoPE attention on every 4th layer (no_rope_layer_interval 4): 36 of 48 layers are modelled as an 8192-token window. params = llama-bench count of the text-only GGUF (model card: 109B incl. vision encoder). The shared expert is the same width as a routed expert."
        ),
    },
    ModelEntry {
        id: "llama-4-maverick",
        name: "Llama 4 Maverick 17B-128E",
        family: "Llama",
        hf_repo: text!("meta-llama/Llama-4-Maverick-17B-128E-Instruct"),
        arch: ModelArch {
            params: 400.0e9,
            active_params: 17.0e9,
            layers: 48,
            hidden: 5120,
            heads: 40,
            kv_heads: 8,
            head_dim: 128,
            ffn: 16384,
            vocab: 202048,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 128,
                active: 1,
                shared: 1,
                expert_ffn: 8192,
                dense_layers: 24,
            }),
            attention: Attention::Sliding {
                window: 8192,
                local_layers: 36,
            },
            max_context: 1048576,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama4-17b-128e.yml"
                ),
                covers: text!(
                    "arch (128 experts top-1, 1 shared, MoE every 2nd layer, dense mlp 16384)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/llama4/_model_builders.py"
                ),
                covers: text!(
                    "arch context (llama4_maverick_17b_128e: moe_every_n_layers 2, mlp_hidden_dim 16384, max_seq_len 1048576)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/008e574391258935f3ecc3035c882e73bbcac419/src/transformers/models/llama4/configuration_llama4.py"
                ),
                covers: text!("arch tied head_dim"),
            },
            Source {
                url: text!("https://up.magicat.dev/post/2900?scrollToComments=true"),
                covers: text!("params context (17B active, 128 experts, 400B total, 1M context)"),
            },
        ],
        notes: text!(
            "Llama 4 uses chunked local attention (attention_chunk_size 8192) on the RoPE layers and global NoPE attention on every 4th layer (no_rope_layer_interval 4): 36 of 48 layers are modelled as an 8192-token window. MoE and dense layers alternate (interleave_moe_layer_step 2): dense_layers = 24 counts the dense layers, which are interleaved, not leading. params 400B is the model-card total (includes the vision encoder); no llama-bench count was retrieved."
        ),
    },
    ModelEntry {
        id: "mistral-7b",
        name: "Mistral 7B Instruct v0.2",
        family: "Mistral",
        hf_repo: text!("mistralai/Mistral-7B-Instruct-v0.2"),
        arch: ModelArch {
            params: 7.24e9,
            active_params: 7.24e9,
            layers: 32,
            hidden: 4096,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 14336,
            vocab: 32000,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/mistral-7b.yml"
                ),
                covers: text!("arch tied (rope theta 1e6, v0.2 style)"),
            },
            Source {
                url: text!(
                    "https://github.com/Azure/azureml-assets/blob/9be89f6a01f11aebcb3fc15b8060bff5c311c964/assets/models/system/Mistral-7B-Instruct-v0-2/description.md"
                ),
                covers: text!(
                    "arch context (32k context, rope-theta 1e6, no sliding-window attention)"
                ),
            },
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/pull/5835"),
                covers: text!("params (llama-bench: 7.24 B, mistral-7b-instruct-v0.2 GGUF)"),
            },
        ],
        notes: text!(
            "The calibration benchmarks use v0.2. v0.2+ drops v0.1's 4096-token sliding window; see mistral-7b-v0.1."
        ),
    },
    ModelEntry {
        id: "mistral-7b-v0.1",
        name: "Mistral 7B v0.1",
        family: "Mistral",
        hf_repo: text!("mistralai/Mistral-7B-v0.1"),
        arch: ModelArch {
            params: 7.24e9,
            active_params: 7.24e9,
            layers: 32,
            hidden: 4096,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 14336,
            vocab: 32000,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Sliding {
                window: 4096,
                local_layers: 32,
            },
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/001f85b38fb432858ace93f18622f07cec46d874/src/transformers/models/mistral/configuration_mistral.py"
                ),
                covers: text!(
                    "arch context tied (MistralConfig defaults = Mistral-7B-v0.1: sliding_window 4096, max_position_embeddings 4096*32)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py"
                ),
                covers: text!("arch context (mistral_7b preset, sliding_window_size 4096)"),
            },
            Source {
                url: text!("https://github.com/ggml-org/llama.cpp/pull/5835"),
                covers: text!(
                    "params (llama-bench 7.24 B of the v0.2 GGUF; v0.1 has identical tensor shapes)"
                ),
            },
        ],
        notes: text!(
            "Sliding window 4096 on every layer. Mistral's own card gives v0.1 an 8k context; 32768 is max_position_embeddings."
        ),
    },
    ModelEntry {
        id: "mistral-nemo-12b",
        name: "Mistral NeMo 12B",
        family: "Mistral",
        hf_repo: text!("mistralai/Mistral-Nemo-Instruct-2407"),
        arch: ModelArch {
            params: 12.2e9,
            active_params: 12.2e9,
            layers: 40,
            hidden: 5120,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 14336,
            vocab: 131072,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 128000,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/kevinstephano/thunder_model_blocks/blob/5c083b0e1fc8c408308c6b602bfd4669a36a2901/thunder_model_blocks/mistral/mistral_config.py"
                ),
                covers: text!(
                    "arch context tied (HF config copy of mistralai/Mistral-Nemo-Base-2407)"
                ),
            },
            Source {
                url: text!("https://www.fitmygpu.com/models/mistral-nemo-12b"),
                covers: text!("params context (12.2B total, 128,000 context)"),
            },
        ],
        notes: text!("Explicit head_dim 128 (hidden/heads would be 160)."),
    },
    ModelEntry {
        id: "mistral-small-3.1-24b",
        name: "Mistral Small 3.1 24B",
        family: "Mistral",
        hf_repo: text!("mistralai/Mistral-Small-3.1-24B-Instruct-2503"),
        arch: ModelArch {
            params: 23.5724032e9,
            active_params: 23.5724032e9,
            layers: 40,
            hidden: 5120,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 32768,
            vocab: 131072,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-mistralai-magistral-small-2509/sources/huggingface/config.json"
                ),
                covers: text!(
                    "arch context (Mistral3 text_config of Magistral-Small-2509, same 24B Mistral Small 3.x text architecture)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/001f85b38fb432858ace93f18622f07cec46d874/src/transformers/models/mistral/configuration_mistral.py"
                ),
                covers: text!(
                    "tied (text_config sets no tie_word_embeddings; MistralConfig default false)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/EricLBuehler/mistral.rs/blob/0a0826269ab0edc6a2995d92fdec99f107dd74b1/docs/MISTRAL3.md"
                ),
                covers: text!("context (Mistral Small 3.1: 128k context)"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/Mistral-Small-3.1-24B-Instruct-2503-UD-Q4_K_XL/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 23572403200, text-only GGUF)"),
            },
        ],
        notes: text!(
            "The 3.1 config.json itself was not retrieved: dimensions come from Magistral-Small-2509's text_config (same Mistral Small 3.x 24B text model; its safetensors total 24.01B includes the Pixtral vision encoder). Explicit head_dim 128."
        ),
    },
    ModelEntry {
        id: "mixtral-8x7b",
        name: "Mixtral 8x7B",
        family: "Mistral",
        hf_repo: text!("mistralai/Mixtral-8x7B-v0.1"),
        arch: ModelArch {
            params: 46.7e9,
            active_params: 12.9e9,
            layers: 32,
            hidden: 4096,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 14336,
            vocab: 32000,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 8,
                active: 2,
                shared: 0,
                expert_ffn: 14336,
                dense_layers: 0,
            }),
            attention: Attention::Full,
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!(
                    "arch context tied (mixtral_8x7b_dict, from the Mixtral-8x7B-Instruct-v0.1 config.json)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/mixtral-8x7b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py"
                ),
                covers: text!("arch context (Mixtral-8x7B-v0.1 preset)"),
            },
            Source {
                url: text!("https://compareaimodels.com/mixtral-8x7b"),
                covers: text!("params context (46.7B total, 12.9B used per token, 32k)"),
            },
            Source {
                url: text!("https://arxiv.org/abs/2401.04088"),
                covers: text!(
                    "params context (Mixtral paper: 47B access / 13B active, 32k context)"
                ),
            },
        ],
        notes: text!("intermediate_size 14336 is per expert; every layer is MoE."),
    },
    ModelEntry {
        id: "mixtral-8x22b",
        name: "Mixtral 8x22B",
        family: "Mistral",
        hf_repo: text!("mistralai/Mixtral-8x22B-v0.1"),
        arch: ModelArch {
            params: 141.0e9,
            active_params: 39.0e9,
            layers: 56,
            hidden: 6144,
            heads: 48,
            kv_heads: 8,
            head_dim: 128,
            ffn: 16384,
            vocab: 32768,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 8,
                active: 2,
                shared: 0,
                expert_ffn: 16384,
                dense_layers: 0,
            }),
            attention: Attention::Full,
            max_context: 65536,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!(
                    "arch context tied (mixtral_8x22b_dict, from the Mixtral-8x22B-Instruct-v0.1 config.json)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/mixtral-8x22b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://prompt-engineering-guide-ar7flcqp6-dair-ai.vercel.app/models/mixtral-8x22b"
                ),
                covers: text!("params context (39B active of 141B total, 64K context)"),
            },
        ],
        notes: text!("intermediate_size 16384 is per expert; every layer is MoE."),
    },
    ModelEntry {
        id: "qwen2.5-7b",
        name: "Qwen2.5 7B Instruct",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen2.5-7B-Instruct"),
        arch: ModelArch {
            params: 7.615616512e9,
            active_params: 7.615616512e9,
            layers: 28,
            hidden: 3584,
            heads: 28,
            kv_heads: 4,
            head_dim: 128,
            ffn: 18944,
            vocab: 152064,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-qwen-qwen2-5-7b-instruct/sources/huggingface/config.json"
                ),
                covers: text!("arch context tied (config.json of Qwen/Qwen2.5-7B-Instruct)"),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-qwen-qwen2-5-7b-instruct/sources/huggingface/model.json"
                ),
                covers: text!("params (HF API safetensors total 7,615,616,512)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context tied (qwen25_7b_config)"),
            },
        ],
        notes: text!(
            "Qwen2.5 has QKV bias. max_position_embeddings 32768; the card allows 131072 with YaRN rope_scaling added by the user."
        ),
    },
    ModelEntry {
        id: "qwen2.5-coder-7b",
        name: "Qwen2.5-Coder 7B",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen2.5-Coder-7B"),
        arch: ModelArch {
            params: 7.62e9,
            active_params: 7.62e9,
            layers: 28,
            hidden: 3584,
            heads: 28,
            kv_heads: 4,
            head_dim: 128,
            ffn: 18944,
            vocab: 152064,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/qwen2.5-7b.yml"
                ),
                covers: text!("arch tied (same architecture as Qwen2.5-7B)"),
            },
            Source {
                url: text!(
                    "https://github.com/ZHUI/paddlenlp_model_readme/blob/ffc26950e6a9f69fb01d7c9b64607770d729e56b/Qwen/Qwen2.5-Coder-7B/index.md"
                ),
                covers: text!(
                    "arch params context (HF card copy: 7.61B, 28 layers, 28 Q / 4 KV heads, 131,072 with YaRN)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/ggml-org/llama.cpp/blob/master/benches/mac-m2-ultra/mac-m2-ultra.md"
                ),
                covers: text!("params (llama-bench: 7.62 B)"),
            },
        ],
        notes: text!(
            "Qwen2.5 has QKV bias. The Coder config.json itself was not retrieved; dims are Qwen2.5-7B's (the card's layer/head counts and the identical 7.62B llama-bench count agree). Default config context 32768; 131072 needs YaRN."
        ),
    },
    ModelEntry {
        id: "qwen2.5-14b",
        name: "Qwen2.5 14B Instruct",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen2.5-14B-Instruct"),
        arch: ModelArch {
            params: 14.77e9,
            active_params: 14.77e9,
            layers: 48,
            hidden: 5120,
            heads: 40,
            kv_heads: 8,
            head_dim: 128,
            ffn: 13824,
            vocab: 152064,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context tied (qwen25_14b_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/qwen2_5/_model_builders.py"
                ),
                covers: text!("arch context (qwen2_5_14b_instruct max_seq_len 32768; base 131072)"),
            },
            Source {
                url: text!(
                    "https://fridayswithfaraday.com/posts/frontier-arch-qwen-25-innovations"
                ),
                covers: text!("params (14.77B)"),
            },
        ],
        notes: text!("Qwen2.5 has QKV bias. Instruct config context 32768 (131072 with YaRN)."),
    },
    ModelEntry {
        id: "qwen2.5-32b",
        name: "Qwen2.5 32B Instruct",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen2.5-32B-Instruct"),
        arch: ModelArch {
            params: 32.76e9,
            active_params: 32.76e9,
            layers: 64,
            hidden: 5120,
            heads: 40,
            kv_heads: 8,
            head_dim: 128,
            ffn: 27648,
            vocab: 152064,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/qwen2_5/_model_builders.py"
                ),
                covers: text!(
                    "arch context tied (qwen2_5_32b_instruct; tie_word_embeddings default false)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-deepseek-ai-deepseek-r1-distill-qwen-32b/sources/huggingface/config.json"
                ),
                covers: text!("arch tied (R1-Distill-Qwen-32B, built on Qwen2.5-32B)"),
            },
            Source {
                url: text!(
                    "https://fridayswithfaraday.com/posts/frontier-arch-qwen-25-innovations"
                ),
                covers: text!("params (32.76B)"),
            },
        ],
        notes: text!("Qwen2.5 has QKV bias. Instruct config context 32768 (131072 with YaRN)."),
    },
    ModelEntry {
        id: "qwen2.5-72b",
        name: "Qwen2.5 72B Instruct",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen2.5-72B-Instruct"),
        arch: ModelArch {
            params: 72.71e9,
            active_params: 72.71e9,
            layers: 80,
            hidden: 8192,
            heads: 64,
            kv_heads: 8,
            head_dim: 128,
            ffn: 29568,
            vocab: 152064,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/qwen2_5/_model_builders.py"
                ),
                covers: text!(
                    "arch context tied (qwen2_5_72b_instruct max_seq_len 32768; base 131072)"
                ),
            },
            Source {
                url: text!(
                    "https://fridayswithfaraday.com/posts/frontier-arch-qwen-25-innovations"
                ),
                covers: text!("params (72.71B)"),
            },
            Source {
                url: text!("https://www.fitmygpu.com/models/qwen-2.5-72b"),
                covers: text!(
                    "params context (72.7B total, 80 layers, 64/8 heads, 131,072 context)"
                ),
            },
        ],
        notes: text!(
            "Qwen2.5 has QKV bias. Instruct config context 32768; the card's 131072 needs YaRN."
        ),
    },
    ModelEntry {
        id: "qwen3-4b",
        name: "Qwen3 4B",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-4B"),
        arch: ModelArch {
            params: 4.0e9,
            active_params: 4.0e9,
            layers: 36,
            hidden: 2560,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 9728,
            vocab: 151936,
            tied_embeddings: true,
            moe: None,
            attention: Attention::Full,
            max_context: 40960,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context tied (qwen3_4b_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/qwen3/_model_builders.py"
                ),
                covers: text!("arch context tied (qwen3_4b_instruct)"),
            },
            Source {
                url: text!("https://apxml.com/models/qwen3-4b"),
                covers: text!("params (36 layers, 4.0 billion total parameters)"),
            },
        ],
        notes: text!(
            "Qwen3 sets head_dim 128 explicitly. params 4.0B is the card figure. The calibration runs use Qwen3-4B-Instruct-2507 (same shapes, 262144 native context, not verified here)."
        ),
    },
    ModelEntry {
        id: "qwen3-8b",
        name: "Qwen3 8B",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-8B"),
        arch: ModelArch {
            params: 8.2e9,
            active_params: 8.2e9,
            layers: 36,
            hidden: 4096,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 12288,
            vocab: 151936,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 40960,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context tied (qwen3_8b_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/qwen3/_model_builders.py"
                ),
                covers: text!("arch context (qwen3_8b_instruct)"),
            },
            Source {
                url: text!(
                    "https://rdit.amanbhandal.com/r/LocalLLaMA/comments/1k9qxbl/qwen3_published_30_seconds_ago_model_weights/mplq7r5/?context=3"
                ),
                covers: text!("params (model card copy: 8.2B, 6.95B non-embedding)"),
            },
            Source {
                url: text!("https://crafiq.ai/models/language/alibaba-qwen3-8b-instruct-reasoning"),
                covers: text!("params context (8.2B, 32,768 native, 131,072 with YaRN)"),
            },
        ],
        notes: text!(
            "Qwen3 sets head_dim 128 explicitly. 40960 = max_position_embeddings; 131072 with YaRN."
        ),
    },
    ModelEntry {
        id: "qwen3-14b",
        name: "Qwen3 14B",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-14B"),
        arch: ModelArch {
            params: 14.8e9,
            active_params: 14.8e9,
            layers: 40,
            hidden: 5120,
            heads: 40,
            kv_heads: 8,
            head_dim: 128,
            ffn: 17408,
            vocab: 151936,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 40960,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context tied (qwen3_14b_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/qwen3/_model_builders.py"
                ),
                covers: text!("arch context (qwen3_14b_instruct)"),
            },
            Source {
                url: text!("https://amallo.ai/wiki/qwen-3-14b"),
                covers: text!("params (14.8B total, 13.2B non-embedding, 40 layers)"),
            },
        ],
        notes: text!(
            "Qwen3 sets head_dim 128 explicitly. 40960 = max_position_embeddings; 131072 with YaRN."
        ),
    },
    ModelEntry {
        id: "qwen3-32b",
        name: "Qwen3 32B",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-32B"),
        arch: ModelArch {
            params: 32.762123264e9,
            active_params: 32.762123264e9,
            layers: 64,
            hidden: 5120,
            heads: 64,
            kv_heads: 8,
            head_dim: 128,
            ffn: 25600,
            vocab: 151936,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 40960,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-qwen-qwen3-32b/sources/huggingface/config.json"
                ),
                covers: text!("arch context tied (config.json of Qwen/Qwen3-32B)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context tied (qwen3_32b_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-qwen-qwen3-32b/sources/huggingface/model.json"
                ),
                covers: text!("params (HF safetensors total 32,762,123,264)"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/Qwen3-32B-Q8_0/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 32762123264)"),
            },
        ],
        notes: text!(
            "Qwen3 sets head_dim 128 explicitly. heads*head_dim (8192) exceeds hidden (5120)."
        ),
    },
    ModelEntry {
        id: "qwen3-30b-a3b",
        name: "Qwen3 30B-A3B",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-30B-A3B"),
        arch: ModelArch {
            params: 30.532122624e9,
            active_params: 3.3e9,
            layers: 48,
            hidden: 2048,
            heads: 32,
            kv_heads: 4,
            head_dim: 128,
            ffn: 768,
            vocab: 151936,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 128,
                active: 8,
                shared: 0,
                expert_ffn: 768,
                dense_layers: 0,
            }),
            attention: Attention::Full,
            max_context: 40960,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/qwen3-30b-a3b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch tied (qwen3_30b_a3b_base_config)"),
            },
            Source {
                url: text!(
                    "https://gitcode.com/Ascend/MindSpeed-RL/blob/master/configs/model/qwen3_30b_a3b.yaml"
                ),
                covers: text!("context (max_position_embeddings 40960)"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/Qwen3-30B-A3B-UD-Q4_K_XL/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 30532122624)"),
            },
            Source {
                url: text!("https://forcewake.me/tags/open-weights-models"),
                covers: text!("params (Qwen3-30B-A3B: 3.3B active of 30.5B total)"),
            },
        ],
        notes: text!(
            "Qwen3 sets head_dim 128 explicitly. All 48 layers are MoE (128 experts, top-8, no shared expert); ffn is the expert width."
        ),
    },
    ModelEntry {
        id: "qwen3-30b-a3b-2507",
        name: "Qwen3 30B-A3B Instruct 2507",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-30B-A3B-Instruct-2507"),
        arch: ModelArch {
            params: 30.532122624e9,
            active_params: 3.3e9,
            layers: 48,
            hidden: 2048,
            heads: 32,
            kv_heads: 4,
            head_dim: 128,
            ffn: 768,
            vocab: 151936,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 128,
                active: 8,
                shared: 0,
                expert_ffn: 768,
                dense_layers: 0,
            }),
            attention: Attention::Full,
            max_context: 262144,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!(
                    "arch context tied (qwen3_30b_a3b_thinking_2507_config: max_position_embeddings 262144)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/qwen3-30b-a3b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/Qwen3-30B-A3B-UD-Q4_K_XL/raw_runs.jsonl"
                ),
                covers: text!(
                    "params (llama-bench model_n_params 30532122624 of Qwen3-30B-A3B, same tensors)"
                ),
            },
            Source {
                url: text!("https://forcewake.me/tags/open-weights-models"),
                covers: text!("params (Qwen3-30B-A3B: 3.3B active of 30.5B total)"),
            },
        ],
        notes: text!(
            "Qwen3 sets head_dim 128 explicitly. Context from the Thinking-2507 config in MaxText; the Instruct-2507 release shares the architecture."
        ),
    },
    ModelEntry {
        id: "qwen3-coder-30b-a3b",
        name: "Qwen3-Coder 30B-A3B Instruct",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-Coder-30B-A3B-Instruct"),
        arch: ModelArch {
            params: 30.53e9,
            active_params: 3.3e9,
            layers: 48,
            hidden: 2048,
            heads: 32,
            kv_heads: 4,
            head_dim: 128,
            ffn: 768,
            vocab: 151936,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 128,
                active: 8,
                shared: 0,
                expert_ffn: 768,
                dense_layers: 0,
            }),
            attention: Attention::Full,
            max_context: 262144,
        },
        sources: &[
            Source {
                url: text!(
                    "https://huggingface.co/RTP-LLM/Qwen3-Coder-30B-A3B-Instruct-RTPurbo/blob/main/config.json"
                ),
                covers: text!(
                    "arch context (config of a derived repo: moe_intermediate 768, max_position_embeddings 262144)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("tied (Qwen3 MoE 30B-A3B configs: tie_word_embeddings false)"),
            },
            Source {
                url: text!(
                    "https://github.com/ggml-org/llama.cpp/blob/master/benches/mac-m2-ultra/mac-m2-ultra.md"
                ),
                covers: text!("params (llama-bench: 30.53 B)"),
            },
            Source {
                url: text!("https://forcewake.me/tags/open-weights-models"),
                covers: text!("params (Qwen3-30B-A3B: 3.3B active of 30.5B total)"),
            },
        ],
        notes: text!(
            "Qwen3 sets head_dim 128 explicitly. Config from a derived repo (RTP-LLM), not the official file; tie_word_embeddings taken from the sibling Qwen3-30B-A3B configs."
        ),
    },
    ModelEntry {
        id: "qwen3-235b-a22b",
        name: "Qwen3 235B-A22B",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-235B-A22B"),
        arch: ModelArch {
            params: 235.09363456e9,
            active_params: 22.0e9,
            layers: 94,
            hidden: 4096,
            heads: 64,
            kv_heads: 4,
            head_dim: 128,
            ffn: 1536,
            vocab: 151936,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 128,
                active: 8,
                shared: 0,
                expert_ffn: 1536,
                dense_layers: 0,
            }),
            attention: Attention::Full,
            max_context: 40960,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/qwen3-235b-a22b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch tied (qwen3_235b_a22b_thinking_2507_config)"),
            },
            Source {
                url: text!(
                    "https://gitcode.com/Ascend/MindSpeed-RL/blob/master/configs/model/qwen3_235b_a22b.yaml"
                ),
                covers: text!("context (max_position_embeddings 40960)"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/Qwen3-235B-A22B-Instruct-2507-UD-Q3_K_XL/raw_runs.jsonl"
                ),
                covers: text!(
                    "params (llama-bench model_n_params 235093634560 of the 2507 GGUF; 22B active from the name)"
                ),
            },
        ],
        notes: text!("Qwen3 sets head_dim 128 explicitly. All 94 layers MoE."),
    },
    ModelEntry {
        id: "qwen3-235b-a22b-2507",
        name: "Qwen3 235B-A22B Instruct 2507",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-235B-A22B-Instruct-2507"),
        arch: ModelArch {
            params: 235.09363456e9,
            active_params: 22.0e9,
            layers: 94,
            hidden: 4096,
            heads: 64,
            kv_heads: 4,
            head_dim: 128,
            ffn: 1536,
            vocab: 151936,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 128,
                active: 8,
                shared: 0,
                expert_ffn: 1536,
                dense_layers: 0,
            }),
            attention: Attention::Full,
            max_context: 262144,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!(
                    "arch context tied (qwen3_235b_a22b_thinking_2507_config: max_position_embeddings 262144)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/qwen3-235b-a22b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/Qwen3-235B-A22B-Instruct-2507-UD-Q3_K_XL/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 235093634560)"),
            },
        ],
        notes: text!(
            "Qwen3 sets head_dim 128 explicitly. Context from the Thinking-2507 config; the Instruct-2507 release shares the architecture."
        ),
    },
    ModelEntry {
        id: "qwen3-coder-480b-a35b",
        name: "Qwen3-Coder 480B-A35B Instruct",
        family: "Qwen",
        hf_repo: text!("Qwen/Qwen3-Coder-480B-A35B-Instruct"),
        arch: ModelArch {
            params: 480.0e9,
            active_params: 35.0e9,
            layers: 62,
            hidden: 6144,
            heads: 96,
            kv_heads: 8,
            head_dim: 128,
            ffn: 2560,
            vocab: 151936,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 160,
                active: 8,
                shared: 0,
                expert_ffn: 2560,
                dense_layers: 0,
            }),
            attention: Attention::Full,
            max_context: 262144,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch context tied (qwen3_coder_480b_a35b_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/qwen3-480b-a35b.yml"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://github.com/QwenLM/Qwen3/blob/7a2f61ffc7a20d47efcd2bf97f6f2bf52729042e/docs/source/getting_started/concepts.md"
                ),
                covers: text!(
                    "params (Qwen naming: total saved parameters, A = activated per token)"
                ),
            },
        ],
        notes: text!(
            "Qwen3 sets head_dim 128 explicitly. params are the nominal 480B / 35B of the name; no tensor count retrieved."
        ),
    },
    ModelEntry {
        id: "deepseek-v3",
        name: "DeepSeek-V3",
        family: "DeepSeek",
        hf_repo: text!("deepseek-ai/DeepSeek-V3"),
        arch: ModelArch {
            params: 671.0e9,
            active_params: 37.0e9,
            layers: 61,
            hidden: 7168,
            heads: 128,
            kv_heads: 128,
            head_dim: 192,
            ffn: 18432,
            vocab: 129280,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 256,
                active: 8,
                shared: 1,
                expert_ffn: 2048,
                dense_layers: 3,
            }),
            attention: Attention::Mla {
                kv_lora_rank: 512,
                rope_dim: 64,
            },
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!(
                    "arch tied context (deepseek3_671b_dict, from the DeepSeek-V3 config.json: max_position_embeddings 163840)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b/inference/configs/config_671B.json"
                ),
                covers: text!("arch"),
            },
            Source {
                url: text!(
                    "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b/README.md"
                ),
                covers: text!("params context (671B total, 37B activated, 128K context)"),
            },
        ],
        notes: text!(
            "head_dim = qk_nope_head_dim + qk_rope_head_dim (q/k width); v_head_dim is 128. max_context is the README's 128K; config max_position_embeddings is 163840 (YaRN factor 40 on 4096). The HF repo is 685B including the 14B MTP module."
        ),
    },
    ModelEntry {
        id: "deepseek-r1",
        name: "DeepSeek-R1",
        family: "DeepSeek",
        hf_repo: text!("deepseek-ai/DeepSeek-R1"),
        arch: ModelArch {
            params: 671.0e9,
            active_params: 37.0e9,
            layers: 61,
            hidden: 7168,
            heads: 128,
            kv_heads: 128,
            head_dim: 192,
            ffn: 18432,
            vocab: 129280,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 256,
                active: 8,
                shared: 1,
                expert_ffn: 2048,
                dense_layers: 3,
            }),
            attention: Attention::Mla {
                kv_lora_rank: 512,
                rope_dim: 64,
            },
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/deepseek-ai/DeepSeek-R1/blob/0cf78561f1d51c84a21b2190626b21116d5c68bb/README.md"
                ),
                covers: text!(
                    "params context arch (671B total, 37B activated, 128K; trained from DeepSeek-V3-Base, architecture per the DeepSeek-V3 repo)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch tied (deepseek3_671b_dict, DeepSeek-V3 config.json)"),
            },
            Source {
                url: text!(
                    "https://github.com/deepseek-ai/DeepSeek-V3/blob/9b4e9788e4a3a731f7567338ed15d3ec549ce03b/inference/configs/config_671B.json"
                ),
                covers: text!("arch"),
            },
        ],
        notes: text!(
            "head_dim = qk_nope_head_dim + qk_rope_head_dim (q/k width); v_head_dim is 128. The R1 config.json itself was not retrieved; R1's README states it is built on DeepSeek-V3-Base and points to the V3 repository for the architecture, so V3's figures are used."
        ),
    },
    ModelEntry {
        id: "deepseek-v2",
        name: "DeepSeek-V2",
        family: "DeepSeek",
        hf_repo: text!("deepseek-ai/DeepSeek-V2"),
        arch: ModelArch {
            params: 236.0e9,
            active_params: 21.0e9,
            layers: 60,
            hidden: 5120,
            heads: 128,
            kv_heads: 128,
            head_dim: 192,
            ffn: 12288,
            vocab: 102400,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 160,
                active: 6,
                shared: 2,
                expert_ffn: 1536,
                dense_layers: 1,
            }),
            attention: Attention::Mla {
                kv_lora_rank: 512,
                rope_dim: 64,
            },
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/deepseek2-236b.yml"
                ),
                covers: text!("arch tied (logits_via_embedding false)"),
            },
            Source {
                url: text!(
                    "https://github.com/deepseek-ai/DeepSeek-V2/blob/ec98ee3cbffc32104cd55dba8af884b3d772602a/README.md"
                ),
                covers: text!("params context (236B total, 21B activated, 128k)"),
            },
        ],
        notes: text!(
            "head_dim = qk_nope_head_dim + qk_rope_head_dim (q/k width); v_head_dim is 128. max_position_embeddings is 163840 (YaRN); README context 128k used."
        ),
    },
    ModelEntry {
        id: "deepseek-v2-lite",
        name: "DeepSeek-V2-Lite",
        family: "DeepSeek",
        hf_repo: text!("deepseek-ai/DeepSeek-V2-Lite"),
        arch: ModelArch {
            params: 16.0e9,
            active_params: 2.4e9,
            layers: 27,
            hidden: 2048,
            heads: 16,
            kv_heads: 16,
            head_dim: 192,
            ffn: 10944,
            vocab: 102400,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 64,
                active: 6,
                shared: 2,
                expert_ffn: 1408,
                dense_layers: 1,
            }),
            attention: Attention::Mla {
                kv_lora_rank: 512,
                rope_dim: 64,
            },
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!(
                    "arch tied (deepseek2_16b_dict, from the DeepSeek-V2-Lite config.json)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/deepseek-ai/DeepSeek-V2/blob/ec98ee3cbffc32104cd55dba8af884b3d772602a/README.md"
                ),
                covers: text!("params context (16B total, 2.4B activated, 32k)"),
            },
        ],
        notes: text!(
            "head_dim = qk_nope_head_dim + qk_rope_head_dim (q/k width); v_head_dim is 128. No q_lora (q_lora_rank null). max_position_embeddings is 163840 (YaRN); README context 32k used."
        ),
    },
    ModelEntry {
        id: "deepseek-r1-distill-llama-8b",
        name: "DeepSeek-R1-Distill-Llama-8B",
        family: "DeepSeek",
        hf_repo: text!("deepseek-ai/DeepSeek-R1-Distill-Llama-8B"),
        arch: ModelArch {
            params: 8.030261248e9,
            active_params: 8.030261248e9,
            layers: 32,
            hidden: 4096,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 14336,
            vocab: 128256,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-deepseek-ai-deepseek-r1-distill-llama-8b/sources/huggingface/config.json"
                ),
                covers: text!(
                    "arch context tied (config.json of deepseek-ai/DeepSeek-R1-Distill-Llama-8B)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-deepseek-ai-deepseek-r1-distill-llama-8b/sources/huggingface/model.json"
                ),
                covers: text!("params (HF safetensors total 8,030,261,248)"),
            },
        ],
        notes: text!("Llama 3.1 8B architecture."),
    },
    ModelEntry {
        id: "deepseek-r1-distill-qwen-32b",
        name: "DeepSeek-R1-Distill-Qwen-32B",
        family: "DeepSeek",
        hf_repo: text!("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B"),
        arch: ModelArch {
            params: 32.763876352e9,
            active_params: 32.763876352e9,
            layers: 64,
            hidden: 5120,
            heads: 40,
            kv_heads: 8,
            head_dim: 128,
            ffn: 27648,
            vocab: 152064,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-deepseek-ai-deepseek-r1-distill-qwen-32b/sources/huggingface/config.json"
                ),
                covers: text!(
                    "arch context tied (config.json of deepseek-ai/DeepSeek-R1-Distill-Qwen-32B)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-deepseek-ai-deepseek-r1-distill-qwen-32b/sources/huggingface/model.json"
                ),
                covers: text!("params (HF safetensors total 32,763,876,352)"),
            },
        ],
        notes: text!("Qwen2.5-32B architecture (QKV bias); config has use_sliding_window false."),
    },
    ModelEntry {
        id: "deepseek-r1-distill-qwen-14b",
        name: "DeepSeek-R1-Distill-Qwen-14B",
        family: "DeepSeek",
        hf_repo: text!("deepseek-ai/DeepSeek-R1-Distill-Qwen-14B"),
        arch: ModelArch {
            params: 14.77e9,
            active_params: 14.77e9,
            layers: 48,
            hidden: 5120,
            heads: 40,
            kv_heads: 8,
            head_dim: 128,
            ffn: 13824,
            vocab: 152064,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/deepseek-ai/DeepSeek-R1/blob/0cf78561f1d51c84a21b2190626b21116d5c68bb/README.md"
                ),
                covers: text!("arch (base model: Qwen2.5-14B)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch tied (qwen25_14b_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/qwen2_5/_model_builders.py"
                ),
                covers: text!("arch context (qwen2_5_14b_base max_seq_len 131072)"),
            },
            Source {
                url: text!("https://www.fitmygpu.com/?model=deepseek-r1-distill-qwen-14b"),
                covers: text!("context (14B dense, 131,072 context, 8 KV heads, 48 layers)"),
            },
            Source {
                url: text!(
                    "https://fridayswithfaraday.com/posts/frontier-arch-qwen-25-innovations"
                ),
                covers: text!("params (Qwen2.5 14B shapes: 14.77B)"),
            },
        ],
        notes: text!(
            "The distill's own config.json was not read; figures are those of its base Qwen2.5-14B (QKV bias). Context 131072 as for the 32B distill's config."
        ),
    },
    ModelEntry {
        id: "deepseek-r1-distill-llama-70b",
        name: "DeepSeek-R1-Distill-Llama-70B",
        family: "DeepSeek",
        hf_repo: text!("deepseek-ai/DeepSeek-R1-Distill-Llama-70B"),
        arch: ModelArch {
            params: 70.553706560e9,
            active_params: 70.553706560e9,
            layers: 80,
            hidden: 8192,
            heads: 64,
            kv_heads: 8,
            head_dim: 128,
            ffn: 28672,
            vocab: 128256,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/deepseek-ai/DeepSeek-R1/blob/0cf78561f1d51c84a21b2190626b21116d5c68bb/README.md"
                ),
                covers: text!("arch (base model: Llama-3.3-70B-Instruct)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/llama3.3-70b.yml"
                ),
                covers: text!("arch tied"),
            },
            Source {
                url: text!(
                    "https://huggingface.co/relaxml/Llama-3.3-70B-Instruct-QTIP-3Bit/blame/d9f5da3eb82d0f86a19bb736a503ceb6bdd54fe4/config.json"
                ),
                covers: text!("arch context"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/shisa-v2-llama3.3-70b.i1-Q4_K_M/raw_runs.jsonl"
                ),
                covers: text!(
                    "params (llama-bench model_n_params 70553706560 of a Llama 3.3 70B fine-tune; same shapes)"
                ),
            },
        ],
        notes: text!(
            "The distill's own config.json was not retrieved; figures are those of its base model Llama-3.3-70B-Instruct (a fine-tune keeps the architecture)."
        ),
    },
    ModelEntry {
        id: "gpt-oss-20b",
        name: "gpt-oss-20b",
        family: "GPT-OSS",
        hf_repo: text!("openai/gpt-oss-20b"),
        arch: ModelArch {
            params: 20.914757184e9,
            active_params: 3.6e9,
            layers: 24,
            hidden: 2880,
            heads: 64,
            kv_heads: 8,
            head_dim: 64,
            ffn: 2880,
            vocab: 201088,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 32,
                active: 4,
                shared: 0,
                expert_ffn: 2880,
                dense_layers: 0,
            }),
            attention: Attention::Sliding {
                window: 128,
                local_layers: 12,
            },
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!(
                    "arch context tied (gpt_oss_20b_dict, from the gpt-oss-20b config.json: layer_types alternate sliding/full, sliding_window 128)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-openai-gpt-oss-20b/sources/huggingface/config.json"
                ),
                covers: text!("arch context tied"),
            },
            Source {
                url: text!(
                    "https://github.com/openai/gpt-oss/blob/7b583341fe16729127f6d5b94a7b09ccae97e1a1/README.md"
                ),
                covers: text!("params (21B total, 3.6B active)"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/gpt-oss-20b-F16/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 20914757184)"),
            },
        ],
        notes: text!(
            "Explicit head_dim 64 (heads*head_dim 4096 > hidden 2880). Experts ship in MXFP4. Every layer is MoE; ffn is the expert width."
        ),
    },
    ModelEntry {
        id: "gpt-oss-120b",
        name: "gpt-oss-120b",
        family: "GPT-OSS",
        hf_repo: text!("openai/gpt-oss-120b"),
        arch: ModelArch {
            params: 116.829156672e9,
            active_params: 5.1e9,
            layers: 36,
            hidden: 2880,
            heads: 64,
            kv_heads: 8,
            head_dim: 64,
            ffn: 2880,
            vocab: 201088,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 128,
                active: 4,
                shared: 0,
                expert_ffn: 2880,
                dense_layers: 0,
            }),
            attention: Attention::Sliding {
                window: 128,
                local_layers: 18,
            },
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!(
                    "arch context tied (gpt_oss_120b_dict, from the gpt-oss-120b config.json)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-openai-gpt-oss-120b/sources/huggingface/config.json"
                ),
                covers: text!("arch context tied"),
            },
            Source {
                url: text!(
                    "https://github.com/openai/gpt-oss/blob/7b583341fe16729127f6d5b94a7b09ccae97e1a1/README.md"
                ),
                covers: text!("params (117B total, 5.1B active)"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/gpt-oss-120b-F16/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 116829156672)"),
            },
        ],
        notes: text!(
            "Explicit head_dim 64. Experts ship in MXFP4. Half the layers use the 128-token window."
        ),
    },
    ModelEntry {
        id: "gemma-3-4b",
        name: "Gemma 3 4B it",
        family: "Gemma",
        hf_repo: text!("google/gemma-3-4b-it"),
        arch: ModelArch {
            params: 3.88e9,
            active_params: 3.88e9,
            layers: 34,
            hidden: 2560,
            heads: 8,
            kv_heads: 4,
            head_dim: 256,
            ffn: 10240,
            vocab: 262144,
            tied_embeddings: true,
            moe: None,
            attention: Attention::Sliding {
                window: 1024,
                local_layers: 29,
            },
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!(
                    "arch (gemma3_4b_config text_config: sliding_window 1024, sliding_window_pattern 6)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/gemma3-4b.yml"
                ),
                covers: text!("arch tied (logits_via_embedding true)"),
            },
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/008f5c8c29be84d4721dc6d1e0fcd72300580be4/src/transformers/models/gemma3/configuration_gemma3.py"
                ),
                covers: text!(
                    "context tied (Gemma3TextConfig defaults: max_position_embeddings 131072, tie_word_embeddings true)"
                ),
            },
            Source {
                url: text!("https://github.com/rasoulasadiyan/LLM"),
                covers: text!("context (HF Gemma 3 blog copy: 128k for 4B/12B/27B)"),
            },
            Source {
                url: text!(
                    "https://github.com/ggml-org/llama.cpp/blob/master/benches/mac-m2-ultra/mac-m2-ultra.md"
                ),
                covers: text!(
                    "params (llama-bench: gemma3 4B, 3.88 B, text weights of the QAT Q4_0 GGUF)"
                ),
            },
        ],
        notes: text!(
            "Gemma 3: 5 local (sliding window 1024) : 1 global layers (sliding_window_pattern 6, layers with (i+1) % 6 == 0 are global). Explicit head_dim. vocab 262144 as in MaxText (the HF text_config lists 262208, padded). max_context is the documented 128K (= Gemma3TextConfig default 131072; MaxText's transcription shows 163840). 29 of 34 layers local."
        ),
    },
    ModelEntry {
        id: "gemma-3-12b",
        name: "Gemma 3 12B it",
        family: "Gemma",
        hf_repo: text!("google/gemma-3-12b-it"),
        arch: ModelArch {
            params: 12.2e9,
            active_params: 12.2e9,
            layers: 48,
            hidden: 3840,
            heads: 16,
            kv_heads: 8,
            head_dim: 256,
            ffn: 15360,
            vocab: 262144,
            tied_embeddings: true,
            moe: None,
            attention: Attention::Sliding {
                window: 1024,
                local_layers: 40,
            },
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch (gemma3_12b_config text_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/gemma3-12b.yml"
                ),
                covers: text!("arch tied"),
            },
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/008f5c8c29be84d4721dc6d1e0fcd72300580be4/src/transformers/models/gemma3/configuration_gemma3.py"
                ),
                covers: text!("context tied"),
            },
            Source {
                url: text!("https://github.com/rasoulasadiyan/LLM"),
                covers: text!("context"),
            },
            Source {
                url: text!("https://llmrun.dev/model/dreamfast-gemma-3-12b-it-heretic"),
                covers: text!(
                    "params context (12.2B, 131,072 tokens, Gemma3ForConditionalGeneration; page for a fine-tune of gemma-3-12b-it with the same tensors)"
                ),
            },
        ],
        notes: text!(
            "Gemma 3: 5 local (sliding window 1024) : 1 global layers (sliding_window_pattern 6, layers with (i+1) % 6 == 0 are global). Explicit head_dim. vocab 262144 as in MaxText (the HF text_config lists 262208, padded). max_context is the documented 128K (= Gemma3TextConfig default 131072; MaxText's transcription shows 163840). 40 of 48 layers local. params 12.2B is the full multimodal checkpoint (includes the ~0.4B SigLIP vision tower); no text-only count retrieved."
        ),
    },
    ModelEntry {
        id: "gemma-3-27b",
        name: "Gemma 3 27B it",
        family: "Gemma",
        hf_repo: text!("google/gemma-3-27b-it"),
        arch: ModelArch {
            params: 27.009346304e9,
            active_params: 27.009346304e9,
            layers: 62,
            hidden: 5376,
            heads: 32,
            kv_heads: 16,
            head_dim: 128,
            ffn: 21504,
            vocab: 262144,
            tied_embeddings: true,
            moe: None,
            attention: Attention::Sliding {
                window: 1024,
                local_layers: 52,
            },
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/utils/hf_model_configs.py"
                ),
                covers: text!("arch (gemma3_27b_config text_config)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/gemma3-27b.yml"
                ),
                covers: text!("arch tied"),
            },
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/008f5c8c29be84d4721dc6d1e0fcd72300580be4/src/transformers/models/gemma3/configuration_gemma3.py"
                ),
                covers: text!("context tied"),
            },
            Source {
                url: text!("https://github.com/rasoulasadiyan/LLM"),
                covers: text!("context"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/gemma-3-27b-it-UD-Q4_K_XL/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 27009346304, text weights)"),
            },
        ],
        notes: text!(
            "Gemma 3: 5 local (sliding window 1024) : 1 global layers (sliding_window_pattern 6, layers with (i+1) % 6 == 0 are global). Explicit head_dim. vocab 262144 as in MaxText (the HF text_config lists 262208, padded). max_context is the documented 128K (= Gemma3TextConfig default 131072; MaxText's transcription shows 163840). 52 of 62 layers local; head_dim 128 with hidden 5376."
        ),
    },
    ModelEntry {
        id: "gemma-2-9b",
        name: "Gemma 2 9B it",
        family: "Gemma",
        hf_repo: text!("google/gemma-2-9b-it"),
        arch: ModelArch {
            params: 9.24e9,
            active_params: 9.24e9,
            layers: 42,
            hidden: 3584,
            heads: 16,
            kv_heads: 8,
            head_dim: 256,
            ffn: 14336,
            vocab: 256000,
            tied_embeddings: true,
            moe: None,
            attention: Attention::Sliding {
                window: 4096,
                local_layers: 21,
            },
            max_context: 8192,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/kevinstephano/thunder_model_blocks/blob/5c083b0e1fc8c408308c6b602bfd4669a36a2901/thunder_model_blocks/gemma2/gemma2_config.py"
                ),
                covers: text!("arch context (HF config copy of google/gemma-2-9b-it)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/gemma2-9b.yml"
                ),
                covers: text!(
                    "arch tied (logits_via_embedding true; 21 merged local+global layer pairs)"
                ),
            },
            Source {
                url: text!("https://openlaboratory.ai/models/gemma-2-9b"),
                covers: text!("params (approximately 9.24 billion)"),
            },
        ],
        notes: text!(
            "Gemma 2 alternates local (sliding window 4096) and global layers; logit soft-capping. Explicit head_dim. 21 of 42 layers local."
        ),
    },
    ModelEntry {
        id: "gemma-2-27b",
        name: "Gemma 2 27B it",
        family: "Gemma",
        hf_repo: text!("google/gemma-2-27b-it"),
        arch: ModelArch {
            params: 27.2e9,
            active_params: 27.2e9,
            layers: 46,
            hidden: 4608,
            heads: 32,
            kv_heads: 16,
            head_dim: 128,
            ffn: 36864,
            vocab: 256000,
            tied_embeddings: true,
            moe: None,
            attention: Attention::Sliding {
                window: 4096,
                local_layers: 23,
            },
            max_context: 8192,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py"
                ),
                covers: text!("arch context (gemma2_27b preset)"),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/gemma2-27b.yml"
                ),
                covers: text!("arch tied (logits_via_embedding true)"),
            },
            Source {
                url: text!("https://openlaboratory.ai/models/gemma-2-27b"),
                covers: text!("params (27.2 billion)"),
            },
        ],
        notes: text!(
            "Gemma 2 alternates local (sliding window 4096) and global layers; logit soft-capping. Explicit head_dim. 23 of 46 layers local."
        ),
    },
    ModelEntry {
        id: "phi-3-mini",
        name: "Phi-3 mini 4k instruct",
        family: "Phi",
        hf_repo: text!("microsoft/Phi-3-mini-4k-instruct"),
        arch: ModelArch {
            params: 3.8e9,
            active_params: 3.8e9,
            layers: 32,
            hidden: 3072,
            heads: 32,
            kv_heads: 32,
            head_dim: 96,
            ffn: 8192,
            vocab: 32064,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 4096,
        },
        sources: &[
            Source {
                url: text!(
                    "https://huggingface.co/Alignment-Lab-AI/idfkphi4kiguess/blob/main/config.json"
                ),
                covers: text!(
                    "arch context (copy labelled Duplicate from microsoft/Phi-3-mini-4k-instruct)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/phi3/_model_builders.py"
                ),
                covers: text!(
                    "arch context (phi3_mini: 32 layers, 32/32 heads, 3072, 8192, vocab 32064, 4096)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/phi3/_component_builders.py"
                ),
                covers: text!("tied (separate output_proj Linear)"),
            },
            Source {
                url: text!("https://huggingface.co/microsoft/Phi-3-mini-4k-instruct"),
                covers: text!("params context (3.8B parameters, 4K context)"),
            },
        ],
        notes: text!("No GQA. head_dim = 3072/32 = 96 (config has no explicit head_dim)."),
    },
    ModelEntry {
        id: "phi-3.5-mini",
        name: "Phi-3.5 mini instruct",
        family: "Phi",
        hf_repo: text!("microsoft/Phi-3.5-mini-instruct"),
        arch: ModelArch {
            params: 3.8e9,
            active_params: 3.8e9,
            layers: 32,
            hidden: 3072,
            heads: 32,
            kv_heads: 32,
            head_dim: 96,
            ffn: 8192,
            vocab: 32064,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py"
                ),
                covers: text!(
                    "arch context tied (phi-3_5 preset, _name_or_path Phi-3.5-mini-instruct; longrope, original 4096)"
                ),
            },
            Source {
                url: text!("https://openlaboratory.ai/models/phi3_5"),
                covers: text!("params context (3.8 billion, 128,000-token context)"),
            },
        ],
        notes: text!(
            "No GQA. head_dim = 96. Context via longrope scaling (original_max_position_embeddings 4096)."
        ),
    },
    ModelEntry {
        id: "phi-4",
        name: "Phi-4 14B",
        family: "Phi",
        hf_repo: text!("microsoft/phi-4"),
        arch: ModelArch {
            params: 14.7e9,
            active_params: 14.7e9,
            layers: 40,
            hidden: 5120,
            heads: 40,
            kv_heads: 10,
            head_dim: 128,
            ffn: 17920,
            vocab: 100352,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 16384,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/phi4/_model_builders.py"
                ),
                covers: text!(
                    "arch context (phi4_14b: 40 layers, 40/10 heads, 5120, 17920, vocab 100352, max_seq_len 16384)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/pytorch/torchtune/blob/bd2a0fc7c31430972728494fa01aaeeb0ebf1ba1/torchtune/models/phi3/_component_builders.py"
                ),
                covers: text!("tied (phi3 component builder: separate output_proj)"),
            },
            Source {
                url: text!("https://fitmygpu.com/models/phi-4-14b"),
                covers: text!(
                    "params context (14.7B total, 16,384 context, 40 layers, 40/10 heads)"
                ),
            },
        ],
        notes: text!(
            "Dimensions from torchtune's phi4_14b builder (which loads the HF weights); the config.json itself was not retrieved."
        ),
    },
    ModelEntry {
        id: "tinyllama-1.1b",
        name: "TinyLlama 1.1B Chat v1.0",
        family: "TinyLlama",
        hf_repo: text!("TinyLlama/TinyLlama-1.1B-Chat-v1.0"),
        arch: ModelArch {
            params: 1.100048384e9,
            active_params: 1.100048384e9,
            layers: 22,
            hidden: 2048,
            heads: 32,
            kv_heads: 4,
            head_dim: 64,
            ffn: 5632,
            vocab: 32000,
            tied_embeddings: false,
            moe: None,
            attention: Attention::Full,
            max_context: 2048,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-tinyllama-tinyllama-1-1b-chat-v1-0/sources/huggingface/config.json"
                ),
                covers: text!("arch context tied (config.json of TinyLlama-1.1B-Chat-v1.0)"),
            },
            Source {
                url: text!(
                    "https://github.com/daniel-p-green/alain-ai-learning-platform/blob/1b33775219c224def81d0c3c4e34d2d6630dc83d/out/research-tinyllama-tinyllama-1-1b-chat-v1-0/sources/huggingface/model.json"
                ),
                covers: text!("params (HF safetensors total 1,100,048,384)"),
            },
            Source {
                url: text!(
                    "https://github.com/mlc-ai/mlc-llm/blob/79d603f085f50500e9509fa01785ffa7ecfaaa93/python/mlc_llm/model/model_preset.py"
                ),
                covers: text!("arch context (tinyllama_1b_chat_v1.0 preset)"),
            },
        ],
        notes: text!(
            "The calibration run used an OpenOrca fine-tune of the 1T-token checkpoint; same architecture."
        ),
    },
    ModelEntry {
        id: "command-r",
        name: "Command R (v01)",
        family: "Cohere",
        hf_repo: text!("CohereForAI/c4ai-command-r-v01"),
        arch: ModelArch {
            params: 35.0e9,
            active_params: 35.0e9,
            layers: 40,
            hidden: 8192,
            heads: 64,
            kv_heads: 64,
            head_dim: 128,
            ffn: 22528,
            vocab: 256000,
            tied_embeddings: true,
            moe: None,
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/008e574391258935f3ecc3035c882e73bbcac419/src/transformers/models/cohere/configuration_cohere.py"
                ),
                covers: text!(
                    "arch tied (CohereConfig defaults, checkpoint CohereForAI/c4ai-command-r-v01; num_key_value_heads None -> heads)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/00fa1392c36d5a33897811b31beef692598dccdb/docs/source/en/model_doc/cohere.md"
                ),
                covers: text!("params context (35B parameters, 128K context)"),
            },
        ],
        notes: text!(
            "Dimensions are the transformers CohereConfig defaults (documented for c4ai-command-r-v01); the checkpoint's config.json was not retrieved. No GQA, so the KV cache is large. Config max_position_embeddings default is 8192; 128K is the documented context."
        ),
    },
    ModelEntry {
        id: "hunyuan-a13b",
        name: "Hunyuan-A13B Instruct",
        family: "Hunyuan",
        hf_repo: text!("tencent/Hunyuan-A13B-Instruct"),
        arch: ModelArch {
            params: 80.393183232e9,
            active_params: 13.0e9,
            layers: 32,
            hidden: 4096,
            heads: 32,
            kv_heads: 8,
            head_dim: 128,
            ffn: 3072,
            vocab: 128167,
            tied_embeddings: true,
            moe: Some(Moe {
                experts: 64,
                active: 8,
                shared: 1,
                expert_ffn: 3072,
                dense_layers: 0,
            }),
            attention: Attention::Full,
            max_context: 262144,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/Tencent-Hunyuan/Hunyuan-A13B/blob/2798f3c8b6a69e0ce93950b0d2417203cf950fa0/models/config.json"
                ),
                covers: text!(
                    "arch tied (64 experts, moe_topk 8, 1 shared expert per layer, moe_intermediate_size 3072, attention_head_dim 128)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/Tencent-Hunyuan/Hunyuan-A13B/blob/2798f3c8b6a69e0ce93950b0d2417203cf950fa0/README.md"
                ),
                covers: text!("params context (80B total, 13B active, natively 256K)"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/Hunyuan-A13B-Instruct-UD-Q6_K_XL/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 80393183232)"),
            },
        ],
        notes: text!(
            "config.json max_position_embeddings is 32768 with dynamic-NTK rope (alpha 1000); the README's native 256K is used. Every layer is MoE with a shared expert (use_mixed_mlp_moe)."
        ),
    },
    ModelEntry {
        id: "dots-llm1",
        name: "dots.llm1.inst",
        family: "dots",
        hf_repo: text!("rednote-hilab/dots.llm1.inst"),
        arch: ModelArch {
            params: 142.774381696e9,
            active_params: 14.0e9,
            layers: 62,
            hidden: 4096,
            heads: 32,
            kv_heads: 32,
            head_dim: 128,
            ffn: 10944,
            vocab: 152064,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 128,
                active: 6,
                shared: 2,
                expert_ffn: 1408,
                dense_layers: 1,
            }),
            attention: Attention::Full,
            max_context: 32768,
        },
        sources: &[
            Source {
                url: text!(
                    "https://huggingface.co/rednote-hilab/dots.llm1.base/blob/refs%2Fpr%2F4/config.json"
                ),
                covers: text!(
                    "arch context (dots.llm1.base config: 128 routed + 2 shared, top-6, first layer dense 10944)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/008e574391258935f3ecc3035c882e73bbcac419/src/transformers/models/dots1/configuration_dots1.py"
                ),
                covers: text!(
                    "tied (Dots1Config default tie_word_embeddings false; no sliding layers unless i >= max_window_layers)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/dots.llm1.inst-UD-Q4_K_XL/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 142774381696)"),
            },
            Source {
                url: text!("https://api.emergentmind.com/papers/2506.05767"),
                covers: text!(
                    "params (dots.llm1 technical report abstract: 14B activated of 142B total)"
                ),
            },
            Source {
                url: text!("https://www.x-cmd.com/blog/250610"),
                covers: text!(
                    "arch context (62 layers, 32 heads, top-6 of 128 experts + 2 shared, 32,768 context)"
                ),
            },
        ],
        notes: text!(
            "No GQA (kv_heads = heads). tie_word_embeddings from the transformers default (the value in the checkpoint config was not read)."
        ),
    },
    ModelEntry {
        id: "glm-4.5-air",
        name: "GLM-4.5-Air",
        family: "GLM",
        hf_repo: text!("zai-org/GLM-4.5-Air"),
        arch: ModelArch {
            params: 110.468824832e9,
            active_params: 12.0e9,
            layers: 46,
            hidden: 4096,
            heads: 96,
            kv_heads: 8,
            head_dim: 128,
            ffn: 10944,
            vocab: 151552,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 128,
                active: 8,
                shared: 1,
                expert_ffn: 1408,
                dense_layers: 1,
            }),
            attention: Attention::Full,
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://huggingface.co/PrimeIntellect/INTELLECT-3-Base/blob/main/config.json"
                ),
                covers: text!("arch context (GLM-4.5-Air-architecture checkpoint)"),
            },
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/008c726d1655845afb7ca71013b984ceac231e57/src/transformers/models/glm4_moe/configuration_glm4_moe.py"
                ),
                covers: text!(
                    "arch tied context (Glm4MoeConfig defaults: 46 layers, 96/8 heads, 128 experts top-8, 131072, tie false)"
                ),
            },
            Source {
                url: text!("https://huggingface.co/docs/transformers/en/model_doc/glm4_moe"),
                covers: text!("params (106B total / 12B active)"),
            },
            Source {
                url: text!(
                    "https://github.com/lhl/strix-halo-testing/blob/5ee14b5b0ecfbd16b7fd0aa41a91581c32b33b61/llm-bench/GLM-4.5-Air-UD-Q4_K_XL/raw_runs.jsonl"
                ),
                covers: text!("params (llama-bench model_n_params 110468824832)"),
            },
        ],
        notes: text!(
            "heads*head_dim (12288) exceeds hidden (4096). First layer dense. Dims from INTELLECT-3-Base (same architecture), not the official zai-org file."
        ),
    },
    ModelEntry {
        id: "glm-4.7-flash",
        name: "GLM-4.7-Flash",
        family: "GLM",
        hf_repo: text!("zai-org/GLM-4.7-Flash"),
        arch: ModelArch {
            params: 29.94e9,
            active_params: 3.0e9,
            layers: 47,
            hidden: 2048,
            heads: 20,
            kv_heads: 20,
            head_dim: 256,
            ffn: 10240,
            vocab: 154880,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 64,
                active: 4,
                shared: 1,
                expert_ffn: 1536,
                dense_layers: 1,
            }),
            attention: Attention::Mla {
                kv_lora_rank: 512,
                rope_dim: 64,
            },
            max_context: 202752,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/huggingface/transformers/blob/008e574391258935f3ecc3035c882e73bbcac419/src/transformers/models/glm4_moe_lite/configuration_glm4_moe_lite.py"
                ),
                covers: text!(
                    "arch tied context (Glm4MoeLiteConfig defaults: 47 layers, hidden 2048, 20 heads, 64 routed + 1 shared top-4, moe 1536, dense 10240, kv_lora_rank 512, qk_rope 64, qk_nope 192, v 256, 202752, first layer dense)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/sgl-project/sglang/blob/e63bd2af09ee3834ed57355d6a336cb56a9bf4e5/python/sglang/srt/configs/glm4_moe_lite.py"
                ),
                covers: text!(
                    "arch (Configuration for GLM-4.7-Flash: MLA q_lora 768, kv_lora 512, qk_nope 192, qk_rope 64, v 256)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/nerdpudding/llama_cpp/blob/2a76e8e89d604331380651de9aeb0c1b2d60f2cb/models/documentation/README_modelcard_GLM-4.7-Flash.md"
                ),
                covers: text!("params (model card: a 30B-A3B MoE model)"),
            },
            Source {
                url: text!(
                    "https://github.com/ggml-org/llama.cpp/blob/master/benches/mac-m2-ultra/mac-m2-ultra.md"
                ),
                covers: text!("params (llama-bench: deepseek2 30B.A3B, 29.94 B)"),
            },
        ],
        notes: text!(
            "MLA like DeepSeek-V2 (llama.cpp arch deepseek2). head_dim = 192 + 64 = 256. Dimensions are the transformers glm4_moe_lite defaults (that file's docstring names GLM-4.5 as checkpoint; the SGLang file and the 30B-A3B card agree); the official config.json was not read. active 3.0e9 is the card's 'A3B' (nominal)."
        ),
    },
    ModelEntry {
        id: "kimi-k2",
        name: "Kimi K2 Instruct",
        family: "Kimi",
        hf_repo: text!("moonshotai/Kimi-K2-Instruct"),
        arch: ModelArch {
            params: 1.04e12,
            active_params: 32.0e9,
            layers: 61,
            hidden: 7168,
            heads: 64,
            kv_heads: 64,
            head_dim: 192,
            ffn: 18432,
            vocab: 163840,
            tied_embeddings: false,
            moe: Some(Moe {
                experts: 384,
                active: 8,
                shared: 1,
                expert_ffn: 2048,
                dense_layers: 1,
            }),
            attention: Attention::Mla {
                kv_lora_rank: 512,
                rope_dim: 64,
            },
            max_context: 131072,
        },
        sources: &[
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/configs/models/kimi-k2-1t.yml"
                ),
                covers: text!(
                    "arch context tied (384 experts top-8, 1 shared, first dense 1, kv_lora 512, qk_rope 64, max_position_embeddings 131072, logits_via_embedding false)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/src/maxtext/checkpoint_conversion/standalone_scripts/convert_deepseek_family_ckpt.py"
                ),
                covers: text!(
                    "arch (kimi-k2-1t: 61 layers, 64 heads, 7168, 384 experts, q_lora 1536)"
                ),
            },
            Source {
                url: text!(
                    "https://github.com/AI-Hypercomputer/maxtext/blob/e591f30cbbf217ed67ef71263ec0538239f9c3b8/tests/end_to_end/tpu/kimi/Run_Kimi.md"
                ),
                covers: text!("params (1.04 trillion total, 32 billion activated)"),
            },
        ],
        notes: text!("DeepSeek-V3-style MLA + MoE with 64 heads. head_dim = 128 + 64 = 192."),
    },
];
