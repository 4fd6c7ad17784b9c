//! The native engine: the whole Marian model — encoder and per-token decoder — over weights
//! taken out of the exported ONNX graphs, on our own kernels, with every buffer sized once per
//! sentence (llama2.c's RunState) and no heap allocation per encoder layer or decoder token.
//!
//! * [`NativeEncoder`]: one pass over the source tokens ([`EncoderState`]).
//! * [`NativeDecoder`]: one step per target token ([`NativeSession`]).
//! * `layers`: the arithmetic both share — one `linear`, one attention over per-head keys and
//!   values, one feed-forward block, one residual + post-norm.
//! * `weights`: reading the weights out of a graph by pattern; [`kernels`]: dot products per
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

#[cfg(target_arch = "x86_64")]
pub(crate) mod amx;
mod decoder;
mod encoder;
pub mod kernels;
mod layers;
pub(crate) mod pool;
pub(crate) mod weights;

pub use decoder::{NativeDecoder, NativeSession};
pub use encoder::{EncoderState, NativeEncoder};

use crate::error::{Error, Result};
use crate::model::{ModelConfig, OnnxFiles, OnnxSource};
use weights::{Graph, Survey};

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

    /// config.json's name for it.
    fn name(self) -> &'static str {
        match self {
            Activation::Swish => "swish",
            Activation::Gelu => "gelu",
            Activation::GeluTanh => "gelu_new",
            Activation::Relu => "relu",
        }
    }

    /// Applies the activation to every element of `x`. Swish goes through a branch-free exp
    /// (vectorised; within 2 ulp of libm's `expf` over the range that matters) instead of a
    /// libm call per element (3.7% of an opus-mt-sized encoder pass).
    fn apply_all(self, x: &mut [f32]) {
        match self {
            Activation::Swish => {
                for v in x.iter_mut() {
                    *v /= 1.0 + exp_f32(-*v);
                }
            }
            _ => {
                for v in x.iter_mut() {
                    *v = self.apply(*v);
                }
            }
        }
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

/// Which half of the model a graph holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stack {
    /// `encoder_model*.onnx`.
    Encoder,
    /// `decoder_model*.onnx` (or the merged one).
    Decoder,
}

impl Stack {
    /// Scopes the stack's nodes may sit under, by exporter.
    fn prefixes(self) -> &'static [&'static str] {
        match self {
            Stack::Encoder => &["", "/model/encoder", "/encoder"],
            Stack::Decoder => &["/model/decoder", "/decoder"],
        }
    }
    fn name(self) -> &'static str {
        match self {
            Stack::Encoder => "encoder",
            Stack::Decoder => "decoder",
        }
    }
    /// (layers, heads, FFN width) that config.json gives this stack.
    fn config(self, cfg: &ModelConfig) -> (usize, usize, usize) {
        match self {
            Stack::Encoder => (cfg.encoder_layers, cfg.encoder_attention_heads, cfg.encoder_ffn_dim),
            Stack::Decoder => (cfg.decoder_layers, cfg.decoder_attention_heads, cfg.decoder_ffn_dim),
        }
    }
}

/// Checks `config.json` against what the graph of one stack shows (layers, head size,
/// d_model, FFN width, position table, vocabulary, activation): a value the graph shows and
/// config.json contradicts is an [`Error::Config`] naming both, whichever backend runs the
/// graph — the native engine would compute something else than the model, tract would be fed
/// wrong shapes. Values the graph does not show (an unfamiliar exporter) are not checked.
pub fn check_config(src: &OnnxSource, cfg: &ModelConfig, stack: Stack) -> Result<()> {
    let g = Graph::load(src)?;
    let Some(scope) = g.scope(stack.prefixes()) else { return Ok(()) };
    compare_config(&g.survey(scope), cfg, stack, &src.label()).map(|_| ())
}

fn compare_config(found: &Survey, cfg: &ModelConfig, stack: Stack, path: &std::path::Path) -> Result<()> {
    let (layers, heads, ffn) = stack.config(cfg);
    let part = stack.name();
    let bad = |message: String| Err(Error::Config { path: path.with_file_name("config.json"), message });
    if found.layers != layers {
        return bad(format!(
            "{part}_layers is {layers}, the {part} graph {} has {} layers",
            path.display(),
            found.layers
        ));
    }
    if let Some(hd) = found.head_dim
        && hd * heads != cfg.d_model
    {
        return bad(format!(
            "{part}_attention_heads is {heads} (head size {} for d_model {}), the {part} graph {} has heads of size {hd} ({} heads)",
            cfg.d_model / heads.max(1),
            cfg.d_model,
            path.display(),
            cfg.d_model / hd
        ));
    }
    if let Some((rows, width)) = found.positions
        && (rows != cfg.max_position_embeddings || width != cfg.d_model)
    {
        return bad(format!(
            "max_position_embeddings {} and d_model {}, the {part} graph {} has a position table of [{rows}, {width}]",
            cfg.max_position_embeddings,
            cfg.d_model,
            path.display()
        ));
    }
    if let Some((rows, width)) = found.embedding
        && (rows != cfg.vocab_size || width != cfg.d_model)
    {
        return bad(format!(
            "vocab_size {} and d_model {}, the {part} graph {} has a token embedding of [{rows}, {width}]",
            cfg.vocab_size,
            cfg.d_model,
            path.display()
        ));
    }
    if let Some(f) = found.ffn
        && ffn != 0
        && f != ffn
    {
        return bad(format!(
            "{part}_ffn_dim is {ffn}, the {part} graph {} has a feed-forward width of {f}",
            path.display()
        ));
    }
    if let (Some(a), Some(c)) = (found.activation, Activation::parse(&cfg.activation_function))
        && a != c
    {
        return bad(format!(
            "activation_function is {:?}, the {part} graph {} computes {}",
            cfg.activation_function,
            path.display(),
            a.name()
        ));
    }
    Ok(())
}

/// Reads one stack's graph (encoder or decoder) for the native engine: config.json checked
/// against it ([`check_config`]), its scope, a post-norm Marian stack whose head size and
/// activation the graph shows. Errors name the file.
fn open_stack<'a>(
    src: &OnnxSource<'a>,
    cfg: &ModelConfig,
    stack: Stack,
) -> Result<(Graph<'a>, &'static str, Activation)> {
    let mut g = Graph::load(src)?;
    // int8 weights go straight into the panel layout where the kernels have a GEMM for it:
    // every int8 product (encoder rows, decoder beams, cross K/V, lm_head) is then one GEMM.
    g.pack_int8(kernels::best().packs_i8);
    let unsupported = |message: String| Error::Graph { path: src.label(), message };
    Activation::from_config(cfg).map_err(unsupported)?;
    let prefixes = stack.prefixes();
    let scope = g.scope(prefixes).ok_or_else(|| {
        unsupported(format!(
            "no layer `{}/layers.0/self_attn/q_proj`: not a Marian {} graph",
            prefixes[0],
            stack.name()
        ))
    })?;
    let found = g.survey(scope);
    compare_config(&found, cfg, stack, &src.label())?;
    check_norms(&g, scope).map_err(unsupported)?;
    if found.head_dim.is_none() {
        return Err(unsupported("the attention reshapes do not show the head size".into()));
    }
    let act = found.activation.ok_or_else(|| unsupported("no `layers.0/activation_fn` operator".into()))?;
    Ok((g, scope, act))
}

/// Checks that the graph under `scope` is a post-norm Marian stack (no embedding or final
/// layer norm, as BART, mBART and NLLB have).
fn check_norms(g: &Graph, scope: &str) -> Result<(), String> {
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

/// e^x for any f32 `x`, branch-free so that loops over it vectorise ([`crate::search`]'s
/// exp on [−87, 88]): inputs below give ≈ e^−87 (swish then returns −0 or a tiny value, as
/// libm's result rounds to), above give ≈ e^88 (swish of very negative x, whose true value is
/// −0 to f32 precision anyway after the division); NaN stays NaN.
#[inline]
fn exp_f32(x: f32) -> f32 {
    let y = crate::search::exp_in_range(x.clamp(-87.0, 88.0));
    if x.is_nan() { x } else { y }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_f32_is_within_two_ulp_of_expf() {
        for i in -870_000..=880_000 {
            let x = i as f32 * 1e-4;
            let (got, want) = (exp_f32(x), x.exp());
            let ulp = (want.to_bits() as i64 - got.to_bits() as i64).abs();
            assert!(ulp <= 2, "e^{x}: {got} vs {want} ({ulp} ulp)");
        }
        assert!(exp_f32(f32::NAN).is_nan());
        assert!(exp_f32(-1e30) < 1e-37 && exp_f32(1e30).is_finite());
    }

    #[test]
    fn vectorised_swish_matches_the_scalar_one() {
        let mut x: Vec<f32> = (-20_000..20_000).map(|i| i as f32 * 5e-3).collect();
        let want: Vec<f32> = x.iter().map(|&v| Activation::Swish.apply(v)).collect();
        Activation::Swish.apply_all(&mut x);
        for (g, w) in x.iter().zip(&want) {
            // Below x ≈ −88 libm's e^−x overflows and swish gives −0; here ≈ −1e−36.
            assert!((g - w).abs() <= 4.0 * f32::EPSILON * w.abs() + 1e-30, "{g} vs {w}");
        }
    }
}
