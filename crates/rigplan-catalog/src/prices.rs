//! Reference prices for the cost comparison: cloud GPU rental and API tokens.
//!
//! Every price is the provider's own list price as observed on the date given. Several
//! provider pages render their tables with JavaScript; where the figure was read through a
//! dated public transcription of that page (a verification note or pricing table in a
//! public repository) the `covers` string says so. Prices move often: treat the dates as
//! part of the figure.
//!
//! Per-second prices are converted with x 3600; multi-GPU instance prices are divided by
//! the GPU count. Both conversions are stated in the entry's name.

use crate::types::{ApiPrice, CloudPrice, Source};

// ---------------------------------------------------------------------------------------
// Shared sources.
// ---------------------------------------------------------------------------------------

const LAMBDA_INSTANCES: Source = Source {
    url: text!("https://lambda.ai/instances"),
    covers: text!(
        "price: Lambda On-Demand, USD per GPU per hour, observed 2026-09-09: 8-GPU B200 6.69, \
             H100 SXM 3.99, A100 80GB 2.79; 1-GPU B200 6.99, GH200 2.29, H100 SXM 4.29, H100 PCIe \
             3.29, A100 40GB 1.99 (read via a dated verification note in a public repository)"
    ),
};
const LAMBDA_GPU_CLOUD: Source = Source {
    url: text!("https://lambda.ai/service/gpu-cloud"),
    covers: text!(
        "price: Lambda single-GPU tab observed 2026-09-16: A6000 48GB 1.09, A100 PCIe 40GB \
             1.99, H100 PCIe 3.29, H100 SXM 4.29, B200 6.99 USD/GPU-hour (via a dated note)"
    ),
};
const RUNPOD_PRICING: Source = Source {
    url: text!("https://www.runpod.io/pricing"),
    covers: text!(
        "price: RunPod Pods observed 2026-09-09 (Secure / Community, USD/hour): B200 \
             6.79 / 5.98, H200 4.59 (Secure), H100 SXM 3.49 / 2.69, A100 PCIe/SXM 80GB 1.59 \
             (Secure), RTX 4090 0.74 / 0.34 (read via a dated verification note)"
    ),
};
const RUNPOD_PRICING_0916: Source = Source {
    url: text!("https://www.runpod.io/pricing"),
    covers: text!(
        "price: RunPod observed 2026-09-16 (page dateModified 2026-09-13), Community / \
             Secure USD/hour: RTX 3090 0.22 / 0.50, RTX 4090 0.34 / 0.74 (via a dated note)"
    ),
};
const MODAL_PRICING: Source = Source {
    url: text!("https://modal.com/pricing"),
    covers: text!(
        "price: Modal per-second GPU prices observed 2026-09-09: B200 0.001736, H200 SXM \
             0.001261, H100 SXM 0.001097, A100 80GB 0.000694, A100 40GB 0.000583, L40S 0.000542 \
             USD/s (x 3600 for per hour; read via a dated verification note)"
    ),
};
const AWS_P5: Source = Source {
    url: text!("https://aws.amazon.com/ec2/pricing/on-demand/"),
    covers: text!(
        "price: p5.48xlarge (8x H100 SXM 80GB) On-Demand 55.04 USD/hour, us-east-1 Linux, AWS \
             Price List publication 2026-07-28 (after the June 2025 cut of up to 45 %); per GPU \
             = 55.04 / 8 = 6.88"
    ),
};

const OPENAI_PRICING: Source = Source {
    url: text!("https://openai.com/api/pricing/"),
    covers: text!(
        "price: standard tier per 1M tokens, observed 2026-03: gpt-4o 2.50 in / 10.00 out; \
             gpt-4o-mini 0.15 / 0.60; gpt-4.1 2.00 / 8.00; gpt-5 1.25 / 10.00; gpt-5-mini \
             0.25 / 2.00 (via dated third-party transcriptions of the OpenAI pricing page)"
    ),
};
const ANTHROPIC_PRICING: Source = Source {
    url: text!("https://docs.anthropic.com/en/docs/about-claude/pricing"),
    covers: text!(
        "price: base input / output per MTok, observed 2026-03: Claude Opus 4.6 5 / 25, \
             Claude Sonnet 4.5 3 / 15 (<= 200K input tokens), Claude Haiku 4.5 1 / 5"
    ),
};
const GEMINI_PRICING: Source = Source {
    url: text!("https://ai.google.dev/gemini-api/docs/pricing"),
    covers: text!(
        "price: paid tier per 1M tokens, observed 2026-03: gemini-2.5-flash 0.30 in / 2.50 \
             out (text); gemini-2.5-pro 1.25 / 10.00 for prompts <= 200k tokens (2.50 / 15.00 \
             above)"
    ),
};
const DEEPSEEK_PRICING: Source = Source {
    url: text!("https://api-docs.deepseek.com/quick_start/pricing"),
    covers: text!(
        "price: per 1M tokens, deepseek-chat and deepseek-reasoner (both DeepSeek-V3.2, 128K), \
             input cache miss 0.28, cache hit 0.028, output 0.42 (observed 2026-04)"
    ),
};
const DEEPSEEK_PRICING_2025: Source = Source {
    url: text!("https://api-docs.deepseek.com/quick_start/pricing"),
    covers: text!(
        "price: page as observed 2025-08: standard (UTC 00:30-16:30) per 1M tokens until 2025-09-05: deepseek-reasoner \
             (DeepSeek-R1) 0.55 input cache miss / 2.19 output; deepseek-chat (DeepSeek-V3) 0.27 \
             / 1.10"
    ),
};
const GROQ_PRICING: Source = Source {
    url: text!("https://groq.com/pricing"),
    covers: text!(
        "price: per 1M tokens, llama-3.3-70b-versatile 0.59 in / 0.79 out, \
             llama-3.1-8b-instant 0.05 / 0.08 (as verified against provider docs 2026-05-06 in a \
             public repository's pricing table)"
    ),
};

// ---------------------------------------------------------------------------------------
// Cloud GPU prices.
// ---------------------------------------------------------------------------------------

/// Cloud GPU prices.
pub const CLOUD: &[CloudPrice] = &[
    // ------------------------------------------------------------- H100 SXM
    CloudPrice {
        id: "h100-sxm-ondemand-lambda-1x",
        name: "Lambda On-Demand, 1x H100 SXM 80GB",
        device: "h100-sxm",
        usd_per_gpu_hour: 4.29,
        date: "2026-09",
        source: LAMBDA_INSTANCES,
    },
    CloudPrice {
        id: "h100-sxm-ondemand-lambda-8x",
        name: "Lambda On-Demand, 8x H100 SXM 80GB instance (price per GPU)",
        device: "h100-sxm",
        usd_per_gpu_hour: 3.99,
        date: "2026-09",
        source: LAMBDA_INSTANCES,
    },
    CloudPrice {
        id: "h100-sxm-secure-runpod",
        name: "RunPod Secure Cloud, H100 SXM 80GB",
        device: "h100-sxm",
        usd_per_gpu_hour: 3.49,
        date: "2026-09",
        source: RUNPOD_PRICING,
    },
    CloudPrice {
        id: "h100-sxm-community-runpod",
        name: "RunPod Community Cloud, H100 SXM 80GB",
        device: "h100-sxm",
        usd_per_gpu_hour: 2.69,
        date: "2026-09",
        source: RUNPOD_PRICING,
    },
    CloudPrice {
        id: "h100-sxm-serverless-modal",
        name: "Modal serverless, H100 SXM (0.001097 USD/s x 3600)",
        device: "h100-sxm",
        usd_per_gpu_hour: 3.9492,
        date: "2026-09",
        source: MODAL_PRICING,
    },
    CloudPrice {
        id: "h100-sxm-ondemand-aws-p5",
        name: "AWS EC2 p5.48xlarge On-Demand us-east-1 (55.04 USD/h / 8 GPUs)",
        device: "h100-sxm",
        usd_per_gpu_hour: 6.88,
        date: "2026-07",
        source: AWS_P5,
    },
    // ------------------------------------------------------------- H100 PCIe
    CloudPrice {
        id: "h100-pcie-ondemand-lambda",
        name: "Lambda On-Demand, 1x H100 PCIe 80GB",
        device: "h100-pcie",
        usd_per_gpu_hour: 3.29,
        date: "2026-09",
        source: LAMBDA_INSTANCES,
    },
    // ------------------------------------------------------------- H200
    CloudPrice {
        id: "h200-secure-runpod",
        name: "RunPod Secure Cloud, H200 141GB",
        device: "h200",
        usd_per_gpu_hour: 4.59,
        date: "2026-09",
        source: RUNPOD_PRICING,
    },
    CloudPrice {
        id: "h200-serverless-modal",
        name: "Modal serverless, H200 SXM (0.001261 USD/s x 3600)",
        device: "h200",
        usd_per_gpu_hour: 4.5396,
        date: "2026-09",
        source: MODAL_PRICING,
    },
    // ------------------------------------------------------------- B200
    CloudPrice {
        id: "b200-ondemand-lambda-1x",
        name: "Lambda On-Demand, 1x B200",
        device: "b200",
        usd_per_gpu_hour: 6.99,
        date: "2026-09",
        source: LAMBDA_INSTANCES,
    },
    CloudPrice {
        id: "b200-ondemand-lambda-8x",
        name: "Lambda On-Demand, 8x B200 instance (price per GPU)",
        device: "b200",
        usd_per_gpu_hour: 6.69,
        date: "2026-09",
        source: LAMBDA_INSTANCES,
    },
    CloudPrice {
        id: "b200-secure-runpod",
        name: "RunPod Secure Cloud, B200",
        device: "b200",
        usd_per_gpu_hour: 6.79,
        date: "2026-09",
        source: RUNPOD_PRICING,
    },
    // ------------------------------------------------------------- A100
    CloudPrice {
        id: "a100-80gb-sxm-ondemand-lambda-8x",
        name: "Lambda On-Demand, 8x A100 SXM 80GB instance (price per GPU)",
        device: "a100-80gb-sxm",
        usd_per_gpu_hour: 2.79,
        date: "2026-09",
        source: LAMBDA_INSTANCES,
    },
    CloudPrice {
        id: "a100-80gb-secure-runpod",
        name: "RunPod Secure Cloud, A100 80GB PCIe (SXM listed at the same price)",
        device: "a100-80gb-pcie",
        usd_per_gpu_hour: 1.59,
        date: "2026-09",
        source: RUNPOD_PRICING,
    },
    CloudPrice {
        id: "a100-80gb-serverless-modal",
        name: "Modal serverless, A100 80GB (0.000694 USD/s x 3600)",
        device: "a100-80gb-sxm",
        usd_per_gpu_hour: 2.4984,
        date: "2026-09",
        source: MODAL_PRICING,
    },
    CloudPrice {
        id: "a100-40gb-ondemand-lambda",
        name: "Lambda On-Demand, 1x A100 PCIe 40GB",
        device: "a100-40gb-pcie",
        usd_per_gpu_hour: 1.99,
        date: "2026-09",
        source: LAMBDA_GPU_CLOUD,
    },
    CloudPrice {
        id: "a100-40gb-serverless-modal",
        name: "Modal serverless, A100 40GB (0.000583 USD/s x 3600)",
        device: "a100-40gb-sxm",
        usd_per_gpu_hour: 2.0988,
        date: "2026-09",
        source: MODAL_PRICING,
    },
    // ------------------------------------------------------------- L40S
    CloudPrice {
        id: "l40s-serverless-modal",
        name: "Modal serverless, L40S 48GB (0.000542 USD/s x 3600)",
        device: "l40s",
        usd_per_gpu_hour: 1.9512,
        date: "2026-09",
        source: MODAL_PRICING,
    },
    // ------------------------------------------------------------- workstation / consumer
    CloudPrice {
        id: "rtx-a6000-ondemand-lambda",
        name: "Lambda On-Demand, 1x RTX A6000 48GB",
        device: "rtx-a6000",
        usd_per_gpu_hour: 1.09,
        date: "2026-09",
        source: LAMBDA_GPU_CLOUD,
    },
    CloudPrice {
        id: "rtx-4090-secure-runpod",
        name: "RunPod Secure Cloud, RTX 4090 24GB",
        device: "rtx-4090",
        usd_per_gpu_hour: 0.74,
        date: "2026-09",
        source: RUNPOD_PRICING,
    },
    CloudPrice {
        id: "rtx-4090-community-runpod",
        name: "RunPod Community Cloud, RTX 4090 24GB",
        device: "rtx-4090",
        usd_per_gpu_hour: 0.34,
        date: "2026-09",
        source: RUNPOD_PRICING,
    },
    CloudPrice {
        id: "rtx-3090-secure-runpod",
        name: "RunPod Secure Cloud, RTX 3090 24GB",
        device: "rtx-3090",
        usd_per_gpu_hour: 0.50,
        date: "2026-09",
        source: RUNPOD_PRICING_0916,
    },
    CloudPrice {
        id: "rtx-3090-community-runpod",
        name: "RunPod Community Cloud, RTX 3090 24GB",
        device: "rtx-3090",
        usd_per_gpu_hour: 0.22,
        date: "2026-09",
        source: RUNPOD_PRICING_0916,
    },
];

// ---------------------------------------------------------------------------------------
// API prices (standard, non-batch, non-cached input).
// ---------------------------------------------------------------------------------------

/// API prices.
pub const API: &[ApiPrice] = &[
    ApiPrice {
        id: "openai-gpt-4o",
        name: "OpenAI gpt-4o",
        input_usd_per_mtok: 2.50,
        output_usd_per_mtok: 10.00,
        date: "2026-03",
        source: OPENAI_PRICING,
    },
    ApiPrice {
        id: "openai-gpt-4o-mini",
        name: "OpenAI gpt-4o-mini",
        input_usd_per_mtok: 0.15,
        output_usd_per_mtok: 0.60,
        date: "2026-03",
        source: OPENAI_PRICING,
    },
    ApiPrice {
        id: "openai-gpt-4.1",
        name: "OpenAI gpt-4.1",
        input_usd_per_mtok: 2.00,
        output_usd_per_mtok: 8.00,
        date: "2026-03",
        source: OPENAI_PRICING,
    },
    ApiPrice {
        id: "openai-gpt-5",
        name: "OpenAI gpt-5",
        input_usd_per_mtok: 1.25,
        output_usd_per_mtok: 10.00,
        date: "2026-03",
        source: OPENAI_PRICING,
    },
    ApiPrice {
        id: "openai-gpt-5-mini",
        name: "OpenAI gpt-5-mini",
        input_usd_per_mtok: 0.25,
        output_usd_per_mtok: 2.00,
        date: "2026-03",
        source: OPENAI_PRICING,
    },
    ApiPrice {
        id: "anthropic-claude-opus-4.6",
        name: "Anthropic Claude Opus 4.6",
        input_usd_per_mtok: 5.00,
        output_usd_per_mtok: 25.00,
        date: "2026-03",
        source: ANTHROPIC_PRICING,
    },
    ApiPrice {
        id: "anthropic-claude-sonnet-4.5",
        name: "Anthropic Claude Sonnet 4.5 (<= 200K input tokens)",
        input_usd_per_mtok: 3.00,
        output_usd_per_mtok: 15.00,
        date: "2026-03",
        source: ANTHROPIC_PRICING,
    },
    ApiPrice {
        id: "anthropic-claude-haiku-4.5",
        name: "Anthropic Claude Haiku 4.5",
        input_usd_per_mtok: 1.00,
        output_usd_per_mtok: 5.00,
        date: "2026-03",
        source: ANTHROPIC_PRICING,
    },
    ApiPrice {
        id: "google-gemini-2.5-flash",
        name: "Google Gemini 2.5 Flash (text input)",
        input_usd_per_mtok: 0.30,
        output_usd_per_mtok: 2.50,
        date: "2026-03",
        source: GEMINI_PRICING,
    },
    ApiPrice {
        id: "google-gemini-2.5-pro",
        name: "Google Gemini 2.5 Pro (prompts <= 200k tokens)",
        input_usd_per_mtok: 1.25,
        output_usd_per_mtok: 10.00,
        date: "2026-03",
        source: GEMINI_PRICING,
    },
    ApiPrice {
        id: "deepseek-v3.2",
        name: "DeepSeek API deepseek-chat / deepseek-reasoner (DeepSeek-V3.2, cache-miss input)",
        input_usd_per_mtok: 0.28,
        output_usd_per_mtok: 0.42,
        date: "2026-04",
        source: DEEPSEEK_PRICING,
    },
    ApiPrice {
        id: "deepseek-r1-2025",
        name: "DeepSeek API deepseek-reasoner (DeepSeek-R1, standard hours, cache-miss input; \
               historical, superseded 2025-09-05)",
        input_usd_per_mtok: 0.55,
        output_usd_per_mtok: 2.19,
        date: "2025-08",
        source: DEEPSEEK_PRICING_2025,
    },
    ApiPrice {
        id: "groq-llama-3.3-70b-versatile",
        name: "Groq llama-3.3-70b-versatile (Llama 3.3 70B)",
        input_usd_per_mtok: 0.59,
        output_usd_per_mtok: 0.79,
        date: "2026-05",
        source: GROQ_PRICING,
    },
    ApiPrice {
        id: "groq-llama-3.1-8b-instant",
        name: "Groq llama-3.1-8b-instant (Llama 3.1 8B)",
        input_usd_per_mtok: 0.05,
        output_usd_per_mtok: 0.08,
        date: "2026-05",
        source: GROQ_PRICING,
    },
];
