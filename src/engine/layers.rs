//! The layer arithmetic shared by the native encoder and decoder: one `linear`, one attention
//! over keys/values laid out per head, one feed-forward block, one residual + post-norm. Every
//! function writes into buffers its caller sized beforehand; none allocates.

use super::Activation;
use super::kernels::{Kernels, PANEL, Q4Q8_ROWS, Q8_GROUP, quantize_q8};
use super::pool::Pool;
use super::weights::{FeedForward, LayerNorm, Linear, RawTable, Weights};

/// Activation rows processed per pass over a weight matrix: each output row of weights is read
/// once per block while the block's activations stay in L1/L2 (the encoder has up to
/// `max_position_embeddings` rows, a beam search step one per beam).
const ROW_BLOCK: usize = 16;

/// Where products run: the kernels and, when the model has one, the pool a large product is
/// split across.
#[derive(Clone, Copy)]
pub(crate) struct Exec<'a> {
    /// The kernel set.
    pub k: &'a Kernels,
    /// Threads to split products across (by output columns, or by rows for the row-major
    /// int8 tiles).
    pub pool: Option<&'a Pool>,
}

impl Exec<'_> {
    /// How many parts a product of `macs` multiply-adds is split into.
    fn parts(&self, macs: usize) -> usize {
        match self.pool {
            Some(p) if macs >= PAR_MIN_MACS => p.threads(),
            _ => 1,
        }
    }

    /// Runs `f(0..parts)` on the pool (or `f(0)` alone when `parts` is 1).
    fn run(&self, parts: usize, f: &(dyn Fn(usize) + Sync)) {
        match self.pool {
            Some(p) if parts > 1 => p.run(parts, f),
            _ => (0..parts).for_each(f),
        }
    }
}

/// Smallest product (multiply-adds) split across threads: below it handing the parts over
/// costs about what it saves.
const PAR_MIN_MACS: usize = 1 << 17;

/// An output buffer handed to the pool's threads, each of which writes only its own elements
/// (see the SAFETY comments where parts are made from it).
#[derive(Clone, Copy)]
struct Shared<T>(*mut T);

// SAFETY: a `Shared` only carries a buffer's address to the pool's threads; every part writes
// elements no other part touches, and `Pool::run` returns only after all parts are done, while
// the buffer is still mutably borrowed by the caller.
unsafe impl<T> Send for Shared<T> {}
// SAFETY: as above.
unsafe impl<T> Sync for Shared<T> {}

impl<T> Shared<T> {
    /// The address (a method, so that closures capture the `Shared`, not the raw pointer).
    fn at(&self, i: usize) -> *mut T {
        self.0.wrapping_add(i)
    }
}

/// `[lo, hi)` of part `i` of `n` items split into `parts` ranges of `step`-aligned sizes.
fn part_range(i: usize, parts: usize, n: usize, step: usize) -> (usize, usize) {
    let units = n.div_ceil(step);
    let per = units.div_ceil(parts.max(1));
    ((i * per * step).min(n), ((i + 1) * per * step).min(n))
}

/// The int8 epilogue for columns `o0..o0 + y.len()` of one row: exact i32 sums (in `y`'s bits)
/// plus the zero-point terms, then one rounding per output (branch-free loops: they vectorise).
#[allow(clippy::too_many_arguments)]
fn int8_epilogue(
    y: &mut [f32],
    o0: usize,
    qr: &[i8],
    shift: i32,
    a_scale: f32,
    scale: &[f32],
    row_sums: &[i32],
    zero_adj: &[i32],
) {
    let n = y.len();
    let (rs, sc) = (&row_sums[o0..o0 + n], &scale[o0..o0 + n]);
    if zero_adj.is_empty() {
        for ((y, &rs), &sc) in y.iter_mut().zip(rs).zip(sc) {
            *y = (y.to_bits() as i32 + shift * rs) as f32 * (a_scale * sc);
        }
    } else {
        let qsum: i32 = qr.iter().map(|&v| v as i32).sum();
        for (((y, &rs), &sc), &adj) in y.iter_mut().zip(rs).zip(sc).zip(&zero_adj[o0..o0 + n]) {
            *y = (y.to_bits() as i32 + shift * rs + adj * qsum) as f32 * (a_scale * sc);
        }
    }
}

/// Quantised activations, sized once per run state for its widest product: int8 values for
/// int8 weights, and for 4-bit weights computed with int8 activations their per-group scales
/// and sums ([`quantize_q8`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct ActBuf {
    /// `[rows][n_in]`.
    pub q: Vec<i8>,
    /// `[rows][n_in / 32]`.
    pub scales: Vec<f32>,
    /// `[rows][n_in / 32]`.
    pub sums: Vec<i32>,
}

impl ActBuf {
    /// Room for `len` activations (rows × widest input).
    pub fn new(len: usize) -> ActBuf {
        let groups = len.div_ceil(Q8_GROUP);
        ActBuf { q: vec![0; len], scales: vec![0.0; groups], sums: vec![0; groups] }
    }

    /// Bytes held.
    pub fn bytes(&self) -> usize {
        self.q.len() + self.scales.len() * 4 + self.sums.len() * 4
    }
}

/// Outputs per pass of the q4 × int8 product over the rows of a block: their weights
/// (64 × n_in / 2 bytes, 16 KiB at d 512) stay in L1/L2 while every row reads them.
const Q4_COLS: usize = 64;

/// `out[r] = x[r] W + b` for `rows` rows of `x` (`[rows][n_in]` → `[rows][n_out]`). int8 weights
/// quantise all `rows` activations together, as onnxruntime's `DynamicQuantizeLinear` does over
/// the whole tensor; `qbuf` holds them (at least `rows × n_in`). With a pool, large products are
/// split across its threads; every output is computed by the same kernel either way, so the
/// result does not depend on the thread count.
pub(crate) fn linear(e: Exec, lin: &Linear, x: &[f32], rows: usize, out: &mut [f32], qbuf: &mut ActBuf) {
    let k = e.k;
    let (n_in, n_out) = (lin.n_in, lin.n_out);
    let out = &mut out[..rows * n_out];
    let parts = e.parts(rows * n_in * n_out);
    let y = Shared(out.as_mut_ptr());
    match &lin.w {
        Weights::F32(w) if rows < 4 => {
            let cols = |i: usize| {
                let (o0, o1) = part_range(i, parts, n_out, 16);
                for r in 0..rows {
                    // SAFETY: columns o0..o1 of row r belong to part i alone (see `Shared`).
                    let yr = unsafe { std::slice::from_raw_parts_mut(y.at(r * n_out + o0), o1 - o0) };
                    (k.gemv_f32)(&x[r * n_in..][..n_in], &w[o0 * n_in..o1 * n_in], yr);
                }
            };
            e.run(parts, &cols);
        }
        Weights::F32(w) => {
            let wo = |o: usize| &w[o * n_in..][..n_in];
            rows_by_columns(e, parts, rows, n_out, y, &|o, r| (k.dot_f32_4)(&x[r * n_in..], n_in, wo(o)), &|o, r| {
                (k.dot_f32)(&x[r * n_in..][..n_in], wo(o))
            });
        }
        Weights::I8 { w, scale, row_sums, zero_adj, w_sums, packed } => {
            let q = &mut qbuf.q[..rows * n_in];
            let (a_scale, zero) = quantize(k, &x[..rows * n_in], q);
            let q: &[i8] = q;
            // a - zero = (a - 128) + (128 - zero): the kernel sees signed bytes;
            // Σ (a − za)(w − zw) = Σ q·w' + adj·Σ q + shift·Σ (w − zw) with q = a − 128,
            // w' = w − zw − adj, shift = 128 − za.
            let shift = 128 - zero;
            let epilogue = |r: usize, o0: usize, o1: usize| {
                // SAFETY: columns o0..o1 of row r belong to the calling part alone.
                let yr = unsafe { std::slice::from_raw_parts_mut(y.at(r * n_out + o0), o1 - o0) };
                int8_epilogue(yr, o0, &q[r * n_in..][..n_in], shift, a_scale, scale, row_sums, zero_adj);
            };
            if *packed {
                // Parts own whole panels of columns, for every row.
                let groups = n_in / 4;
                let cols = |i: usize| {
                    let (o0, o1) = part_range(i, parts, n_out, PANEL);
                    if o0 == o1 {
                        return;
                    }
                    let panels = &w[o0 / PANEL * groups * 64..o1.div_ceil(PANEL) * groups * 64];
                    // SAFETY: `out` holds rows × n_out f32, written as i32 (same size and
                    // alignment, any bit pattern valid) at row stride n_out; columns o0..o1 of
                    // every row are this part's alone.
                    unsafe {
                        (k.gemm_i8)(q, rows, panels, n_in, o1 - o0, &w_sums[o0..o1], y.at(o0) as *mut i32, n_out)
                    };
                    for r in 0..rows {
                        epilogue(r, o0, o1);
                    }
                };
                e.run(parts, &cols);
            } else if rows < 4 {
                // One row (greedy) or a few beams: parts own columns, every row in one call.
                let cols = |i: usize| {
                    let (o0, o1) = part_range(i, parts, n_out, 16);
                    for r in 0..rows {
                        // SAFETY: columns o0..o1 of row r are this part's alone; i32 view of f32
                        // as above.
                        let acc = unsafe { std::slice::from_raw_parts_mut(y.at(r * n_out + o0) as *mut i32, o1 - o0) };
                        (k.gemv_i8)(&q[r * n_in..][..n_in], &w[o0 * n_in..o1 * n_in], &w_sums[o0..o1], acc);
                        epilogue(r, o0, o1);
                    }
                };
                e.run(parts, &cols);
            } else {
                // Row-major tiles: parts own blocks of rows (each reads every weight).
                let row_parts = parts.min(rows.div_ceil(ROW_BLOCK));
                let blocks = |i: usize| {
                    let (r0, r1) = part_range(i, row_parts, rows, ROW_BLOCK);
                    if r0 == r1 {
                        return;
                    }
                    // SAFETY: rows r0..r1 of `out` are this part's alone.
                    let yr = unsafe { std::slice::from_raw_parts_mut(y.at(r0 * n_out), (r1 - r0) * n_out) };
                    linear_i8_blocks(
                        k,
                        &q[r0 * n_in..r1 * n_in],
                        w,
                        n_in,
                        n_out,
                        r1 - r0,
                        shift,
                        a_scale,
                        scale,
                        row_sums,
                        zero_adj,
                        w_sums,
                        yr,
                    );
                };
                e.run(row_parts, &blocks);
            }
        }
        Weights::F16(w) => {
            let one = |o: usize, r: usize| (k.dot_f16)(&x[r * n_in..][..n_in], &w[o * n_in..][..n_in]);
            rows_by_columns(e, parts, rows, n_out, y, &|o, r| std::array::from_fn(|j| one(o, r + j)), &one);
        }
        Weights::U8 { q, scale, zero } if rows < 4 => {
            for (xr, yr) in x.chunks_exact(n_in).zip(out.chunks_exact_mut(n_out)).take(rows) {
                let sum: f32 = xr.iter().sum();
                (k.gemv_u8)(xr, q, yr);
                for y in yr.iter_mut() {
                    *y = scale * (*y - zero * sum);
                }
            }
        }
        Weights::U8 { q, scale, zero } => {
            // (q - zero)·scale·x = scale·(Σ q·x − zero·Σ x).
            for r0 in (0..rows).step_by(ROW_BLOCK) {
                let r1 = (r0 + ROW_BLOCK).min(rows);
                let mut sums = [0f32; ROW_BLOCK];
                for (s, r) in sums.iter_mut().zip(r0..r1) {
                    *s = x[r * n_in..][..n_in].iter().sum();
                }
                for (o, qo) in q.chunks_exact(n_in).enumerate() {
                    for r in r0..r1 {
                        let d = (k.dot_u8)(&x[r * n_in..][..n_in], qo);
                        out[r * n_out + o] = scale * (d - zero * sums[r - r0]);
                    }
                }
            }
        }
        Weights::Q4 { q, scales, zeros, block, int8_act: true } => {
            // Every row quantised once (per 32 values), then parts own columns; within a part
            // every row reads a few outputs' weights while they are in cache.
            let (bytes, blocks, block, groups) = (n_in / 2, n_in / block, *block, n_in / Q8_GROUP);
            let (xq, xs, xsum) =
                (&mut qbuf.q[..rows * n_in], &mut qbuf.scales[..rows * groups], &mut qbuf.sums[..rows * groups]);
            for r in 0..rows {
                quantize_q8(
                    &x[r * n_in..][..n_in],
                    &mut xq[r * n_in..][..n_in],
                    &mut xs[r * groups..][..groups],
                    &mut xsum[r * groups..][..groups],
                );
            }
            let (xq, xs, xsum): (&[i8], &[f32], &[i32]) = (xq, xs, xsum);
            let cols = |i: usize| {
                let (p0, p1) = part_range(i, parts, n_out, 4);
                for o0 in (p0..p1).step_by(Q4_COLS) {
                    let o1 = (o0 + Q4_COLS).min(p1);
                    let (qs, ss, zs) = (
                        &q[o0 * bytes..o1 * bytes],
                        &scales[o0 * blocks..o1 * blocks],
                        &zeros[o0 * blocks..o1 * blocks],
                    );
                    // Up to four rows per call share each unpacked weight group.
                    for r in (0..rows).step_by(Q4Q8_ROWS) {
                        let nr = (rows - r).min(Q4Q8_ROWS);
                        // SAFETY: the kernel writes outputs o0..o1 (those of `qs`) of rows
                        // r..r + nr, n_out apart: part i's alone (see `Shared`).
                        unsafe {
                            (k.gemm_q4q8)(
                                &xq[r * n_in..],
                                &xs[r * groups..],
                                &xsum[r * groups..],
                                n_in,
                                nr,
                                qs,
                                ss,
                                zs,
                                block,
                                y.at(r * n_out + o0),
                                n_out,
                            )
                        };
                    }
                }
            };
            e.run(parts, &cols);
        }
        Weights::Q4 { q, scales, zeros, block, int8_act: false } => {
            // Every output is `dot_q4`'s value whichever kernel computes it (one row: four
            // outputs interleaved; more: four rows share each dequantised weight group).
            let (bytes, blocks, block) = (n_in / 2, n_in / block, *block);
            let weights = |o0: usize, o1: usize| {
                (&q[o0 * bytes..o1 * bytes], &scales[o0 * blocks..o1 * blocks], &zeros[o0 * blocks..o1 * blocks])
            };
            if rows < 4 {
                let cols = |i: usize| {
                    let (o0, o1) = part_range(i, parts, n_out, 4);
                    let (qs, ss, zs) = weights(o0, o1);
                    for r in 0..rows {
                        // SAFETY: columns o0..o1 of row r belong to part i alone (see `Shared`).
                        let yr = unsafe { std::slice::from_raw_parts_mut(y.at(r * n_out + o0), o1 - o0) };
                        (k.gemv_q4)(&x[r * n_in..][..n_in], qs, ss, zs, block, yr);
                    }
                };
                e.run(parts, &cols);
            } else {
                rows_by_columns(
                    e,
                    parts,
                    rows,
                    n_out,
                    y,
                    &|o, r| {
                        let (qo, so, zo) = weights(o, o + 1);
                        (k.dot_q4_4)(&x[r * n_in..], n_in, qo, so, zo, block)
                    },
                    &|o, r| {
                        let (qo, so, zo) = weights(o, o + 1);
                        (k.dot_q4)(&x[r * n_in..][..n_in], qo, so, zo, block)
                    },
                );
            }
        }
    }
    if let Some(b) = &lin.bias {
        for row in out.chunks_exact_mut(n_out) {
            for (y, &bb) in row.iter_mut().zip(b) {
                *y += bb;
            }
        }
    }
}

/// A product of several rows with parts owning columns: for each block of [`ROW_BLOCK`] rows
/// and each of the part's outputs `o`, `four(o, r)` gives rows `r..r + 4` (one weight load for
/// the four) and `one(o, r)` a single row; each value goes to `y[r][o]`.
#[allow(clippy::type_complexity)]
fn rows_by_columns(
    e: Exec,
    parts: usize,
    rows: usize,
    n_out: usize,
    y: Shared<f32>,
    four: &(dyn Fn(usize, usize) -> [f32; 4] + Sync),
    one: &(dyn Fn(usize, usize) -> f32 + Sync),
) {
    let cols = |i: usize| {
        let (o0, o1) = part_range(i, parts, n_out, 4);
        for r0 in (0..rows).step_by(ROW_BLOCK) {
            let r1 = (r0 + ROW_BLOCK).min(rows);
            for o in o0..o1 {
                // SAFETY: column o (in o0..o1) of every row belongs to part i alone (see `Shared`).
                let put = |r: usize, v: f32| unsafe { *y.at(r * n_out + o) = v };
                let mut r = r0;
                while r + 4 <= r1 {
                    for (j, v) in four(o, r).into_iter().enumerate() {
                        put(r + j, v);
                    }
                    r += 4;
                }
                for r in r..r1 {
                    put(r, one(o, r));
                }
            }
        }
    };
    e.run(parts, &cols);
}

/// int8 `linear` for four or more rows: blocks of rows; 4×4 tiles (four outputs × four rows
/// per kernel call), the remaining rows and outputs one by one.
#[allow(clippy::too_many_arguments)]
fn linear_i8_blocks(
    k: &Kernels,
    q: &[i8],
    w: &[i8],
    n_in: usize,
    n_out: usize,
    rows: usize,
    shift: i32,
    a_scale: f32,
    scale: &[f32],
    row_sums: &[i32],
    zero_adj: &[i32],
    w_sums: &[i32],
    out: &mut [f32],
) {
    let tiled_outs = n_out / 4 * 4;
    for r0 in (0..rows).step_by(ROW_BLOCK) {
        let r1 = (r0 + ROW_BLOCK).min(rows);
        let tiled_rows = r0 + (r1 - r0) / 4 * 4;
        let mut qsums = [0i32; ROW_BLOCK];
        if !zero_adj.is_empty() {
            for (s, r) in qsums.iter_mut().zip(r0..r1) {
                *s = q[r * n_in..][..n_in].iter().map(|&v| v as i32).sum();
            }
        }
        // acc → output for row r, output o.
        let emit = |out: &mut [f32], r: usize, o: usize, v: i32| {
            let adj = zero_adj.get(o).copied().unwrap_or(0);
            let acc = v + shift * row_sums[o] + adj * qsums[r - r0];
            out[r * n_out + o] = acc as f32 * (a_scale * scale[o]);
        };
        for o0 in (0..tiled_outs).step_by(4) {
            let wt = &w[o0 * n_in..][..4 * n_in];
            // Per output of the group: scale, the zero-point term, the uint8 correction.
            let s4: [f32; 4] = std::array::from_fn(|c| a_scale * scale[o0 + c]);
            let base4: [i32; 4] = std::array::from_fn(|c| shift * row_sums[o0 + c]);
            let adj4: [i32; 4] = std::array::from_fn(|c| zero_adj.get(o0 + c).copied().unwrap_or(0));
            for r in (r0..tiled_rows).step_by(4) {
                let t = (k.tile_i8)(&q[r * n_in..][..4 * n_in], wt, n_in, &w_sums[o0..o0 + 4]);
                for (j, t) in t.iter().enumerate() {
                    let qs = qsums[r + j - r0];
                    let dst = &mut out[(r + j) * n_out + o0..][..4];
                    for c in 0..4 {
                        dst[c] = (t[c] + base4[c] + adj4[c] * qs) as f32 * s4[c];
                    }
                }
            }
            for o in o0..o0 + 4 {
                for r in tiled_rows..r1 {
                    emit(out, r, o, (k.dot_i8)(&q[r * n_in..][..n_in], &w[o * n_in..][..n_in]));
                }
            }
        }
        for o in tiled_outs..n_out {
            let wo = &w[o * n_in..][..n_in];
            let mut r = r0;
            while r + 4 <= r1 {
                for (j, v) in (k.dot_i8_4)(&q[r * n_in..], n_in, wo).into_iter().enumerate() {
                    emit(out, r + j, o, v);
                }
                r += 4;
            }
            for r in r..r1 {
                emit(out, r, o, (k.dot_i8)(&q[r * n_in..][..n_in], wo));
            }
        }
    }
}

/// onnxruntime's `DynamicQuantizeLinear` to uint8 over all of `x`, written as `q - 128` (i8).
/// Returns (scale, zero point).
fn quantize(k: &Kernels, x: &[f32], q: &mut [i8]) -> (f32, i32) {
    let (lo, hi) = (k.range)(x);
    let scale = (hi - lo) / 255.0;
    if scale == 0.0 || !scale.is_finite() {
        q.fill(-128);
        return (0.0, 0);
    }
    let zero = (0.0 - lo / scale).clamp(0.0, 255.0).round_ties_even() as i32;
    (k.quantize)(x, scale, zero, q);
    (scale, zero)
}

/// Layer normalisation in the arithmetic of onnxruntime's CPU kernel (f32 sums of x and x²,
/// `(x - mean) / sqrt(E[x²] - mean² + eps) * w + b`), so that int8 activations quantised after
/// it fall on the same side of rounding ties as in onnxruntime.
fn layer_norm(ln: &LayerNorm, x: &mut [f32]) {
    let n = x.len() as f32;
    let (mut sum, mut sq) = (0f32, 0f32);
    for &v in x.iter() {
        sum += v;
        sq += v * v;
    }
    let mean = sum / n;
    let denom = (sq / n - mean * mean + ln.eps).sqrt();
    for ((v, w), b) in x.iter_mut().zip(&ln.w).zip(&ln.b) {
        *v = (*v - mean) / denom * w + b;
    }
}

/// Post-norm residual for every row of `x`: `x = layer_norm(x + sublayer_out)`.
pub(crate) fn add_and_norm(x: &mut [f32], sublayer_out: &[f32], ln: &LayerNorm) {
    let d = ln.w.len();
    for (row, out) in x.chunks_exact_mut(d).zip(sublayer_out.chunks_exact(d)) {
        for (xv, t) in row.iter_mut().zip(out) {
            *xv += t;
        }
        layer_norm(ln, row);
    }
}

/// One head of attention for one query: `out = softmax(q·kᵢ × scaling) · V` over the rows of
/// `keys` / `values` (`[len][head_dim]`, contiguous), with `scores` (`len`) as scratch.
pub(crate) fn attend(
    k: &Kernels,
    q: &[f32],
    keys: &[f32],
    values: &[f32],
    scaling: f32,
    scores: &mut [f32],
    out: &mut [f32],
) {
    let hd = q.len();
    for (s, key) in scores.iter_mut().zip(keys.chunks_exact(hd)) {
        *s = (k.dot_f32)(q, key) * scaling;
    }
    softmax(scores);
    out.fill(0.0);
    for (&w, v) in scores.iter().zip(values.chunks_exact(hd)) {
        for (o, &vv) in out.iter_mut().zip(v) {
            *o += w * vv;
        }
    }
}

/// Every head of every query row attending over one shared set of keys/values: `q` and `out`
/// are `[rows][heads × head_dim]`, `keys`/`values` `[heads][len][head_dim]` (encoder
/// self-attention; decoder cross-attention, where all beams share the encoder's keys).
#[allow(clippy::too_many_arguments)]
pub(crate) fn attend_rows(
    k: &Kernels,
    q: &[f32],
    keys: &[f32],
    values: &[f32],
    heads: usize,
    hd: usize,
    len: usize,
    scaling: f32,
    scores: &mut [f32],
    out: &mut [f32],
) {
    let d = heads * hd;
    for (qr, or) in q.chunks_exact(d).zip(out.chunks_exact_mut(d)) {
        for head in 0..heads {
            let base = head * len * hd;
            attend(
                k,
                &qr[head * hd..][..hd],
                &keys[base..base + len * hd],
                &values[base..base + len * hd],
                scaling,
                &mut scores[..len],
                &mut or[head * hd..][..hd],
            );
        }
    }
}

/// `[rows][heads × head_dim]` → `[heads][rows][head_dim]`: keys and values laid out so that
/// each head's rows are contiguous for [`attend`].
pub(crate) fn split_heads(x: &[f32], heads: usize, hd: usize, rows: usize, dst: &mut [f32]) {
    let d = heads * hd;
    for r in 0..rows {
        for head in 0..heads {
            dst[(head * rows + r) * hd..][..hd].copy_from_slice(&x[r * d + head * hd..][..hd]);
        }
    }
}

fn softmax(x: &mut [f32]) {
    let max = x.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in x.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    let inv = 1.0 / sum;
    for v in x.iter_mut() {
        *v *= inv;
    }
}

/// Feed-forward block with its residual and post-norm over `rows` rows of `x`
/// (`[rows][d]`): `x = norm(x + fc2(act(fc1(x))))`. `hidden` is `[rows][ffn]`, `tmp` `[rows][d]`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn feed_forward(
    e: Exec,
    f: &FeedForward,
    act: Activation,
    x: &mut [f32],
    rows: usize,
    hidden: &mut [f32],
    tmp: &mut [f32],
    qbuf: &mut ActBuf,
) {
    let (d, ffn) = (f.fc1.n_in, f.fc1.n_out);
    let hidden = &mut hidden[..rows * ffn];
    linear(e, &f.fc1, x, rows, hidden, qbuf);
    act.apply_all(hidden);
    linear(e, &f.fc2, hidden, rows, &mut tmp[..rows * d], qbuf);
    add_and_norm(&mut x[..rows * d], &tmp[..rows * d], &f.norm);
}

/// `x = table[token] × scale + position` for one row.
pub(crate) fn embed(table: &RawTable, token: usize, scale: f32, position: &[f32], x: &mut [f32]) {
    let d = x.len();
    match table {
        RawTable::F32(e) => x.copy_from_slice(&e[token * d..][..d]),
        RawTable::F16(e) => {
            for (xv, ev) in x.iter_mut().zip(&e[token * d..][..d]) {
                *xv = ev.to_f32();
            }
        }
        RawTable::U8 { q, zero, scale: qscale } => {
            for (xv, &ev) in x.iter_mut().zip(&q[token * d..][..d]) {
                *xv = (ev as f32 - zero) * qscale;
            }
        }
    }
    for (xv, pv) in x.iter_mut().zip(position) {
        *xv = *xv * scale + pv;
    }
}

/// Bytes held by an embedding table.
pub(crate) fn table_bytes(t: &RawTable) -> usize {
    match t {
        RawTable::F32(v) => v.len() * 4,
        RawTable::F16(v) => v.len() * 2,
        RawTable::U8 { q, .. } => q.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// uint8 weights whose distance to the zero point leaves int8 (stored as `w − 128` with a
    /// per-output correction) give exactly Σ (a − za)(w − zw) · scales.
    #[test]
    fn int8_linear_with_offset_weights_is_exact() {
        // 6 rows take the blocked path (four rows per load), 3 the one-row-at-a-time path.
        for rows in [6, 3] {
            offset_weights_case(rows);
        }
    }

    fn offset_weights_case(rows: usize) {
        let (n_in, n_out) = (40, 5);
        let mut seed = 7u32;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        let x: Vec<f32> = (0..rows * n_in).map(|_| (next() % 2001) as f32 / 500.0 - 2.0).collect();
        let raw: Vec<u8> = (0..n_in * n_out).map(|_| next() as u8).collect(); // [n_in][n_out] as in the file
        let zeros: Vec<i32> = (0..n_out as i32).map(|o| 10 + 40 * o).collect();
        let scale: Vec<f32> = (0..n_out).map(|o| 0.01 * (o + 1) as f32).collect();
        let mut w = vec![0i8; n_in * n_out];
        let mut row_sums = vec![0i32; n_out];
        for o in 0..n_out {
            for i in 0..n_in {
                let v = raw[i * n_out + o] as i32;
                w[o * n_in + i] = (v - 128) as i8;
                row_sums[o] += v - zeros[o];
            }
        }
        let zero_adj = zeros.iter().map(|z| 128 - z).collect();
        let w_sums = w.chunks_exact(n_in).map(|r| r.iter().map(|&v| v as i32).sum()).collect();
        let lin = Linear {
            n_in,
            n_out,
            w: Weights::I8 { w, scale: scale.clone(), row_sums, zero_adj, w_sums, packed: false },
            bias: None,
        };
        let mut out = vec![0f32; rows * n_out];
        let mut qbuf = ActBuf::new(rows * n_in);
        let mut reference = None;
        for k in super::super::kernels::available() {
            linear(Exec { k: &k, pool: None }, &lin, &x, rows, &mut out, &mut qbuf);
            assert_eq!(reference.get_or_insert_with(|| out.clone()), &out, "{}", k.name);
        }
        let mut q = vec![0i8; rows * n_in];
        let (a_scale, za) = quantize(&super::super::kernels::SCALAR, &x, &mut q);
        for r in 0..rows {
            for o in 0..n_out {
                let acc: i64 = (0..n_in)
                    .map(|i| (q[r * n_in + i] as i64 + 128 - za as i64) * (raw[i * n_out + o] as i64 - zeros[o] as i64))
                    .sum();
                assert_eq!(out[r * n_out + o], acc as i32 as f32 * (a_scale * scale[o]), "row {r} output {o}");
            }
        }
    }
}
