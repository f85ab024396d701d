//! A model's architecture, as read from its `config.json`.

/// How the attention layers keep their KV cache.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Attention {
    /// Every layer attends over the whole context (with GQA through `kv_heads`).
    Full,
    /// `local_layers` of the layers use a sliding window of `window` tokens
    /// (gpt-oss: every other layer, window 128; Gemma 3: 5 of every 6, window 1024).
    Sliding {
        /// Window length in tokens.
        window: u32,
        /// How many of the layers are windowed.
        local_layers: u32,
        /// KV heads of the full-attention layers when they differ from
        /// [`ModelArch::kv_heads`] (Gemma 4: `num_global_key_value_heads`); 0: the same.
        #[cfg_attr(feature = "serde", serde(default))]
        global_kv_heads: u32,
        /// Head width of the full-attention layers when it differs from
        /// [`ModelArch::head_dim`] (Gemma 4: `global_head_dim`); 0: the same.
        #[cfg_attr(feature = "serde", serde(default))]
        global_head_dim: u32,
    },
    /// Multi-head latent attention (DeepSeek V2/V3/R1, Kimi K2, GLM-4.7-Flash): llama.cpp
    /// caches the compressed latent, `kv_lora_rank + rope_dim` values per token per layer.
    Mla {
        /// `kv_lora_rank` in the config.
        kv_lora_rank: u32,
        /// `qk_rope_head_dim` in the config.
        rope_dim: u32,
    },
    /// A hybrid stack (Qwen3-Next, Qwen3.5, Nemotron-H, Granite 4, LFM2, Jamba): only
    /// `attention_layers` layers keep a KV cache; `recurrent_layers` linear-attention,
    /// state-space or short-convolution layers ([`ModelArch::conv_layers`]) keep a fixed
    /// state per sequence instead, whatever the context
    /// (llama.cpp stores it as F32, `n_embd_r + n_embd_s` values per layer); the rest
    /// (Nemotron-H's MLP-only layers) keep nothing.
    Hybrid {
        /// Layers with full attention (and a KV cache).
        attention_layers: u32,
        /// Linear-attention or state-space layers.
        recurrent_layers: u32,
        /// F32 values of fixed state per recurrent layer per sequence
        /// (`n_embd_r + n_embd_s` in llama.cpp's terms).
        state_per_layer: u32,
    },
}

impl Attention {
    /// Layers that attend over the context (and hold KV), of `layers`.
    pub fn attending_layers(&self, layers: u32) -> u32 {
        match *self {
            Attention::Hybrid {
                attention_layers, ..
            } => attention_layers.min(layers),
            _ => layers,
        }
    }

    /// KV heads and head width of the layers attending over the whole context, for a
    /// model whose attention heads are `kv_heads` x `head_dim` elsewhere.
    pub fn global_shape(&self, kv_heads: u32, head_dim: u32) -> (u32, u32) {
        match *self {
            Attention::Sliding {
                global_kv_heads,
                global_head_dim,
                ..
            } => (
                if global_kv_heads > 0 {
                    global_kv_heads
                } else {
                    kv_heads
                },
                if global_head_dim > 0 {
                    global_head_dim
                } else {
                    head_dim
                },
            ),
            _ => (kv_heads, head_dim),
        }
    }

    /// Linear-attention or state-space layers (a fixed-size state, no KV), of `layers`.
    pub fn recurrent_layers(&self, layers: u32) -> u32 {
        match *self {
            Attention::Hybrid {
                recurrent_layers, ..
            } => recurrent_layers.min(layers),
            _ => 0,
        }
    }
}

impl ModelArch {
    /// Recurrent layers that run a scan or a chunked update as many small kernels (Gated
    /// DeltaNet, Mamba): the recurrent layers but the short convolutions
    /// ([`ModelArch::conv_layers`]).
    pub fn scan_layers(&self) -> u32 {
        self.attention
            .recurrent_layers(self.layers)
            .saturating_sub(self.conv_layers)
    }

    /// Layers that run many small kernels per token besides their matrix products, each
    /// charged the fitted cost of a recurrent layer: the [scan layers](Self::scan_layers)
    /// and [`ModelArch::small_op_layers`].
    pub fn small_kernel_layers(&self) -> u32 {
        self.scan_layers()
            .saturating_add(self.small_op_layers)
            .min(self.layers)
    }

    /// Values in the per-layer input table, `vocab x layers x per_layer_input` (0 without
    /// one): looked up a row per token, never multiplied.
    pub fn per_layer_table(&self) -> f64 {
        f64::from(self.vocab) * f64::from(self.layers) * f64::from(self.per_layer_input)
    }
}

/// Mixture-of-experts layout.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Moe {
    /// Routed experts per MoE layer.
    pub experts: u32,
    /// Routed experts used per token.
    pub active: u32,
    /// Always-on shared experts per MoE layer.
    pub shared: u32,
    /// Hidden size of one expert's FFN (`moe_intermediate_size`).
    pub expert_ffn: u32,
    /// Leading layers that are dense rather than MoE (`first_k_dense_replace`).
    pub dense_layers: u32,
}

/// The architecture fields the estimator uses.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ModelArch {
    /// Total parameters (all experts), as a count.
    pub params: f64,
    /// Parameters used per token (equal to `params` for dense models).
    pub active_params: f64,
    /// Transformer blocks (`num_hidden_layers`).
    pub layers: u32,
    /// `hidden_size`.
    pub hidden: u32,
    /// `num_attention_heads`.
    pub heads: u32,
    /// `num_key_value_heads` (GQA); equal to `heads` for plain multi-head attention.
    pub kv_heads: u32,
    /// `head_dim` (may differ from hidden / heads).
    pub head_dim: u32,
    /// Dense FFN `intermediate_size`.
    pub ffn: u32,
    /// `vocab_size`.
    pub vocab: u32,
    /// `tie_word_embeddings`: the output head shares the embedding matrix.
    pub tied_embeddings: bool,
    /// Mixture-of-experts layout, if any.
    pub moe: Option<Moe>,
    /// KV-cache layout.
    pub attention: Attention,
    /// Trained context length (`max_position_embeddings`).
    pub max_context: u32,
    /// Width of the per-layer input embeddings (`hidden_size_per_layer_input`; Gemma 3n
    /// and Gemma 4's E models): a second table of `vocab x layers x per_layer_input`
    /// values that, like the token embedding, gives one row per token. 0: none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub per_layer_input: u32,
    /// Last layers that attend over an earlier layer's cache and keep none of their own
    /// (`num_kv_shared_layers`; Gemma 3n and Gemma 4's E models). 0: none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub kv_shared_layers: u32,
    /// Layers whose blocks add many small operations to a transformer block's (Gemma 3n:
    /// AltUp's prediction and correction, LAuReL and the per-layer gate, about fifty, in
    /// llama.cpp's `src/models/gemma3n-iswa.cpp`). 0: none (Gemma 4's E models add only a
    /// per-layer input branch of a few).
    #[cfg_attr(feature = "serde", serde(default))]
    pub small_op_layers: u32,
    /// Of the recurrent layers ([`Attention::Hybrid`]), those that are a short gated
    /// convolution (LFM2's `conv` layers): their state is the last `conv_L_cache - 1`
    /// inputs, and besides their projections they run a handful of element-wise
    /// operations (llama.cpp's `src/models/lfm2.cpp`), so they are charged none of the
    /// recurrent layers' fitted cost. 0: none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub conv_layers: u32,
}
