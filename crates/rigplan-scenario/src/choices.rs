//! The fixed lists a field chooses from (engines, backends, split modes, KV cache types),
//! with their labels; the ids are the estimator's own (`id()` on each enum). And the
//! catalog ids a field names, made canonical.

use crate::params::Catalog;
use alloc::format;
use alloc::string::{String, ToString};
use rigplan_core::quant::KvType;
use rigplan_core::scenario::{Backend, Engine, Split, Work};

/// Engines: `(id, label)`.
pub const ENGINES: &[(&str, &str)] = &[
    (Engine::LlamaCpp.id(), "llama.cpp (GGUF)"),
    (Engine::Mlx.id(), "Apple MLX (mlx-lm)"),
    (Engine::Vllm.id(), "vLLM"),
    (Engine::TensorRtLlm.id(), "NVIDIA TensorRT-LLM"),
    (Engine::ExLlamaV2.id(), "ExLlamaV2"),
];

/// Backends: `(id, label)`.
pub const BACKENDS: &[(&str, &str)] = &[
    (Backend::Cuda.id(), "NVIDIA CUDA"),
    (Backend::Metal.id(), "Apple Metal"),
    (Backend::Vulkan.id(), "Vulkan"),
    (Backend::Rocm.id(), "AMD ROCm / HIP"),
    (Backend::Cpu.id(), "CPU"),
    (Backend::Sycl.id(), "Intel SYCL"),
];

/// PCIe slots a card can sit in, older or narrower than its own link: `(id, label)`, the
/// id `<generation>x<lanes>` ([`pcie_slot`] gives both).
pub const PCIE_SLOTS: &[(&str, &str)] = &[
    ("3x4", "3.0 x4"),
    ("3x8", "3.0 x8"),
    ("3x16", "3.0 x16"),
    ("4x4", "4.0 x4"),
    ("4x8", "4.0 x8"),
    ("4x16", "4.0 x16"),
];

/// Generation and lanes of each [`PCIE_SLOTS`] entry, in its order (a table, not a parse:
/// parsing the id cost the page more than the field).
const PCIE_LINKS: [(u8, u8); 6] = [(3, 4), (3, 8), (3, 16), (4, 4), (4, 8), (4, 16)];

/// A [`PCIE_SLOTS`] id as generation and lanes.
pub fn pcie_slot(id: &str) -> Option<(u8, u8)> {
    let i = PCIE_SLOTS.iter().position(|s| s.0 == id)?;
    PCIE_LINKS.get(i).copied()
}

/// Split modes: `(id, label)`.
pub const SPLITS: &[(&str, &str)] = &[
    (Split::Layer.id(), "Layer (pipeline)"),
    (Split::Tensor.id(), "Tensor parallel"),
];

/// KV cache types: `(id, label)`.
pub const KV_TYPES: &[(&str, &str)] = &[
    (KvType::F16.id(), "F16"),
    (KvType::Q8_0.id(), "Q8_0"),
    (KvType::Q4_0.id(), "Q4_0"),
];

/// What the costs are for: `(id, label)`.
pub const WORKS: &[(&str, &str)] = &[
    (Work::Workload.id(), "The workload"),
    (Work::Capacity.id(), "All it can generate in the busy hours"),
];

/// Views of the page: `(id, label)`. The CLI's commands are the same views.
pub const VIEWS: &[(&str, &str)] = &[
    ("planner", "Planner"),
    ("runs", "What runs here"),
    ("buy", "What to buy"),
    ("compare", "Compare hardware"),
];

/// Architecture filter: `(id, label)`.
pub const ARCHS: &[(&str, &str)] = &[("moe", "Mixture of experts"), ("dense", "Dense")];

/// Model families of the catalog: `(id, label)`; the id is the family name in lower case
/// (a test checks that this is every family the catalog's models name, and no other).
pub const FAMILIES: &[(&str, &str)] = &[
    ("cohere", "Cohere"),
    ("deepseek", "DeepSeek"),
    ("dots", "dots"),
    ("gemma", "Gemma"),
    ("glm", "GLM"),
    ("gpt-oss", "GPT-OSS"),
    ("granite", "Granite"),
    ("hunyuan", "Hunyuan"),
    ("jamba", "Jamba"),
    ("kimi", "Kimi"),
    ("lfm", "LFM"),
    ("llama", "Llama"),
    ("minimax", "MiniMax"),
    ("mistral", "Mistral"),
    ("nemotron", "Nemotron"),
    ("phi", "Phi"),
    ("qwen", "Qwen"),
    ("tinyllama", "TinyLlama"),
];

/// Orders of the decision views: `(id, label)`. What runs here sorts by size, speed, name
/// or release; what to buy by price, five-year cost or energy per token.
pub const SORTS: &[(&str, &str)] = &[
    ("size", "Size (largest first)"),
    ("speed", "Decode speed (fastest first)"),
    ("name", "Name"),
    ("recent", "Release (newest first)"),
    ("price", "Purchase price"),
    ("tco", "Cost over the horizon"),
    ("joules", "Energy per token"),
];

/// The one of `all` whose `id` is `text`.
fn by_id<T: Copy>(all: &[T], id: fn(T) -> &'static str, text: &str) -> Option<T> {
    all.iter().copied().find(|x| id(*x) == text)
}

/// The engine an id names.
pub fn engine(id: &str) -> Option<Engine> {
    by_id(&Engine::ALL, Engine::id, id)
}

/// The backend an id names.
pub fn backend(id: &str) -> Option<Backend> {
    by_id(&Backend::ALL, Backend::id, id)
}

/// The split mode an id names.
pub fn split(id: &str) -> Option<Split> {
    by_id(&Split::ALL, Split::id, id)
}

/// The work an id names.
pub fn work(id: &str) -> Option<Work> {
    by_id(&Work::ALL, Work::id, id)
}

/// The KV cache type an id names.
pub fn kv(id: &str) -> Option<KvType> {
    by_id(&KvType::ALL, KvType::id, id)
}

/// The canonical id (aliases followed) of a model, quantization or hardware id, or why
/// it is not one. A system must name a device that is in the catalog.
pub fn canonical_id(list: Catalog, id: &str) -> Result<String, String> {
    let found = match list {
        Catalog::Model => rigplan_catalog::model(id).map(|m| m.id),
        Catalog::Quant => rigplan_catalog::quant(id).map(|q| q.id),
        Catalog::Api => rigplan_catalog::API
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.id),
        Catalog::Hardware => match (rigplan_catalog::device(id), rigplan_catalog::system(id)) {
            (Some(h), _) => Some(h.id),
            (None, Some(s)) if rigplan_catalog::device(s.device).is_some() => Some(s.id),
            (None, Some(_)) => {
                return Err("system names a device that is not in the catalog".into());
            }
            (None, None) => None,
        },
    };
    found.map(ToString::to_string).ok_or_else(|| {
        let what = match list {
            Catalog::Model => "model",
            Catalog::Quant => "quant",
            Catalog::Hardware => "hardware",
            Catalog::Api => "API price",
        };
        format!("unknown {what} id")
    })
}

/// Every id of a catalog list.
pub fn ids(list: Catalog) -> alloc::boxed::Box<dyn Iterator<Item = &'static str>> {
    match list {
        Catalog::Model => alloc::boxed::Box::new(rigplan_catalog::MODELS.iter().map(|m| m.id)),
        Catalog::Quant => alloc::boxed::Box::new(rigplan_catalog::QUANTS.iter().map(|q| q.id)),
        Catalog::Hardware => alloc::boxed::Box::new(rigplan_catalog::hardware_ids()),
        Catalog::Api => alloc::boxed::Box::new(rigplan_catalog::API.iter().map(|a| a.id)),
    }
}

#[cfg(test)]
mod tests {
    use super::{FAMILIES, PCIE_SLOTS, pcie_slot};
    use alloc::collections::BTreeSet;
    use alloc::format;
    use alloc::string::String;

    #[test]
    fn families_are_the_catalogs() {
        let catalog: BTreeSet<String> = rigplan_catalog::MODELS
            .iter()
            .map(|m| m.family.to_lowercase())
            .collect();
        let listed: BTreeSet<String> = FAMILIES.iter().map(|(id, _)| String::from(*id)).collect();
        assert_eq!(listed, catalog);
        for (id, label) in FAMILIES {
            assert_eq!(label.to_lowercase(), *id);
        }
    }

    /// The slot table and its links are one fact written twice (the page cannot afford a
    /// parse): every id, label and link agree, and an id that is not offered reads as none.
    #[test]
    fn every_pcie_slot_id_label_and_link_agree() {
        for (id, label) in PCIE_SLOTS {
            let (g, lanes) = pcie_slot(id).expect(id);
            assert_eq!(*id, format!("{g}x{lanes}"));
            assert_eq!(*label, format!("{g}.0 x{lanes}"));
        }
        assert_eq!(pcie_slot("5x16"), None);
        assert_eq!(pcie_slot(""), None);
    }
}
