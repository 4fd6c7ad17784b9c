//! The native engine: the whole Marian model — encoder and per-token decoder — over weights
//! taken out of the exported ONNX graphs, on our own kernels, with every buffer sized once per
//! sentence (llama2.c's RunState) and no heap allocation per encoder layer or decoder token.
//!
//! * [`NativeEncoder`]: one pass over the source tokens ([`EncoderState`]).
//! * [`NativeDecoder`]: one step per target token ([`NativeSession`]).
//! * `layers`: the arithmetic both share — one `linear`, one attention over per-head keys and
//!   values, one feed-forward block, one residual + post-norm.
//! * [`weights`]: reading the weights out of a graph by pattern; [`kernels`]: dot products per
//!   CPU.
//!
//! Covered: Marian (post-norm, sinusoidal positions from the exported table, scaled
//! embeddings, swish/gelu/relu) in f32, fp16 and onnxruntime-int8 (per-channel and per-tensor
//! `quantize_dynamic`, reduce-range or not, QInt8 or QUInt8 weights whose zero point keeps
//! them in int8) exports. Other graphs are refused with an error naming the node that is
//! missing, and the tract backend stays available.
//!
//! int8 follows onnxruntime's `DynamicQuantizeLinear` + `MatMulInteger` exactly: activations
//! are quantised to uint8 over the whole `[rows, width]` tensor (round half to even), products
//! accumulate in i32, and `acc × (activation_scale × weight_scale)` is the output.

mod decoder;
mod encoder;
pub mod kernels;
mod layers;
pub mod weights;

pub use decoder::{NativeDecoder, NativeSession};
pub use encoder::{EncoderState, NativeEncoder};

use crate::error::Result;
use crate::model::{ModelConfig, OnnxFiles, OnnxSource};
use weights::Graph;

/// Whether the native engine covers these files: loads the encoder and the decoder it would
/// read (then drops them). The error names the file and node it cannot take.
pub fn check_native(files: &OnnxFiles, cfg: &ModelConfig) -> Result<()> {
    NativeEncoder::load(&OnnxSource::File(&files.encoder), cfg)?;
    let decoder = files.native_decoder().unwrap_or(&files.encoder);
    NativeDecoder::load(&OnnxSource::File(decoder), cfg)?;
    Ok(())
}

/// Feed-forward activation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    /// `x·σ(x)` (Marian's "swish", "silu").
    Swish,
    /// Exact (erf) GELU.
    Gelu,
    /// tanh-approximated GELU ("gelu_new", "gelu_pytorch_tanh").
    GeluTanh,
    /// ReLU.
    Relu,
}

impl Activation {
    fn parse(s: &str) -> Option<Activation> {
        Some(match s {
            "swish" | "silu" => Activation::Swish,
            "gelu" => Activation::Gelu,
            "gelu_new" | "gelu_pytorch_tanh" | "gelu_fast" => Activation::GeluTanh,
            "relu" => Activation::Relu,
            _ => return None,
        })
    }

    /// The activation `config.json` names, for a Marian model.
    fn from_config(cfg: &ModelConfig) -> Result<Activation, String> {
        if !cfg.model_type.is_empty() && cfg.model_type != "marian" {
            return Err(format!("model_type {:?}: the native engine covers Marian", cfg.model_type));
        }
        Activation::parse(&cfg.activation_function)
            .ok_or_else(|| format!("activation {:?} is not supported", cfg.activation_function))
    }

    #[inline]
    fn apply(self, x: f32) -> f32 {
        match self {
            Activation::Swish => x / (1.0 + (-x).exp()),
            Activation::Gelu => 0.5 * x * (1.0 + erf(x / std::f32::consts::SQRT_2)),
            Activation::GeluTanh => 0.5 * x * (1.0 + (0.797_884_6 * (x + 0.044_715 * x * x * x)).tanh()),
            Activation::Relu => x.max(0.0),
        }
    }
}

/// Reads one stack's graph (encoder or decoder) and checks it against `config.json`: the first
/// of `prefixes` that holds `layers.0` is its scope, it has exactly `layers` post-norm layers
/// (`what` names the config key), and the activation is one the engine implements. Errors
/// name the file.
fn open_stack<'a>(
    src: &OnnxSource<'a>,
    cfg: &ModelConfig,
    prefixes: &[&'static str],
    layers: usize,
    what: &str,
) -> Result<(Graph<'a>, &'static str, Activation)> {
    let g = Graph::load(src)?;
    let unsupported = |message: String| crate::error::Error::Graph { path: src.label(), message };
    let act = Activation::from_config(cfg).map_err(unsupported)?;
    let scope = g.scope(prefixes).ok_or_else(|| {
        unsupported(format!(
            "no layer `{}/layers.0/self_attn/q_proj`: not a Marian {} graph",
            prefixes[0],
            what.trim_end_matches("_layers")
        ))
    })?;
    check_layers(&g, scope, layers, what).map_err(unsupported)?;
    Ok((g, scope, act))
}

/// Checks that the graph under `scope` has exactly `layers` layers (`what` names the config
/// key) and is a post-norm Marian stack (no embedding or final layer norm, as BART, mBART and
/// NLLB have).
fn check_layers(g: &Graph, scope: &str, layers: usize, what: &str) -> Result<(), String> {
    if layers == 0 || !g.has_layer(scope, layers - 1) || g.has_layer(scope, layers) {
        let found = (0..1024).take_while(|&n| g.has_layer(scope, n)).count();
        return Err(format!("the graph has {found} layers under `{scope}`, config.json's {what} says {layers}"));
    }
    if g.has(&format!("{scope}/layernorm_embedding/LayerNormalization"))
        || g.has(&format!("{scope}/layer_norm/LayerNormalization"))
    {
        return Err(
            "pre-norm / embedding layer-norm models (BART, mBART, NLLB) are not covered by the native engine yet"
                .into(),
        );
    }
    Ok(())
}

/// Hands the memory freed while copying weights out of a graph back to the system (glibc keeps
/// freed blocks of the size of a weight matrix in its heap, where the next matrix cannot always
/// reuse them: measured 30 MB of an opus-mt-sized int8 model's peak). Elsewhere a no-op.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        unsafe extern "C" {
            fn malloc_trim(pad: usize) -> std::ffi::c_int;
        }
        // SAFETY: glibc's malloc_trim has no preconditions; it only returns free heap pages.
        unsafe { malloc_trim(0) };
    }
}

/// erf with |error| < 1.2e-7 (Numerical Recipes' erfc Chebyshev fit).
fn erf(x: f32) -> f32 {
    let z = (x as f64).abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06
                            + t * (0.278_868_07
                                + t * (-1.135_203_98
                                    + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    (if x >= 0.0 { 1.0 - r } else { r - 1.0 }) as f32
}
