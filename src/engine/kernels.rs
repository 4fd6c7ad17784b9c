//! Dot-product kernels behind every linear layer of the native engine, with a portable scalar
//! reference and SIMD paths picked at run time:
//!
//! | arch | f32 | fp16 weights | int8 × int8 | f32 × uint8 weights | f32 × 4-bit blocks |
//! |---|---|---|---|---|---|
//! | x86_64 | AVX2 + FMA | F16C widening + FMA | AVX2 `vpmaddwd` on sign-extended bytes (exact) | widened + FMA | nibbles unpacked in registers + FMA |
//! | aarch64 | NEON `fmla` | widened with `half`, then NEON | `sdot` when the CPU has dot-product (Pi 5), else `smull`/`sadalp` (Pi 4) | scalar, auto-vectorised | scalar, auto-vectorised |
//! | others (armv7 …) | scalar, auto-vectorised | scalar | scalar | scalar | scalar |
//!
//! Integer paths are exact, so they must equal the scalar reference bit for bit; float paths
//! differ from it only by summation order.

use std::sync::OnceLock;

use half::f16;

/// The kernel set chosen for this CPU.
#[derive(Clone, Copy)]
pub struct Kernels {
    /// Which implementation, for logs and benchmarks.
    pub name: &'static str,
    /// Σ a·b over f32.
    pub dot_f32: fn(&[f32], &[f32]) -> f32,
    /// Σ a·b with fp16 `b` widened to f32.
    pub dot_f16: fn(&[f32], &[f16]) -> f32,
    /// Σ a·b over int8, accumulated exactly in i32.
    pub dot_i8: fn(&[i8], &[i8]) -> i32,
    /// Σ a·b with `b` unsigned bytes (dequantised weights: the caller applies scale and zero
    /// point).
    pub dot_u8: fn(&[f32], &[u8]) -> f32,
    /// Σ_blocks scale_b · Σ_{i∈b} a_i·(q_i − zero_b) over 4-bit weights packed two per byte
    /// (element 2j in the low nibble of byte j, as `MatMulNBits` stores them), `block`
    /// elements per scale (a multiple of 32).
    pub dot_q4: DotQ4,
    /// `dot_q4` of four activation rows (`a[r × stride ..][.. n]`, r = 0..4, n = 2·q.len())
    /// with one 4-bit weight row, each block dequantised once for the four; every row's value
    /// bit-identical to `dot_q4`'s.
    pub dot_q4_4: DotQ4x4,
    /// Every output of one activation row over 4-bit weights: `out[o] = dot_q4(x, q[o·n/2 ..],
    /// scales[o·n/block ..], zeros[o·n/block ..], block)` (n = `x.len()`), bit-identical, four
    /// outputs interleaved.
    pub gemv_q4: GemvQ4,
    /// Every output of one int8-quantised activation row over 4-bit weights (onnxruntime's
    /// `accuracy_level` 4, llama.cpp's q8 activations): `xq`, `xs`, `xsum` from
    /// [`quantize_q8`] (32 values per scale, each group's even elements then its odd ones),
    /// and per output `out[o] = Σ_c (Σ_{i∈c} xq_i·q_i − zero_b·xsum_c) as f32 · (scale_b ·
    /// xs_c)` over the groups `c` of 32 inputs in order (`b` the weight block holding `c`):
    /// the integer part exact, the float sum in one fixed order, so every kernel set is
    /// bit-identical to the scalar one.
    pub gemv_q4q8: GemvQ4Q8,
    /// [`Kernels::gemv_q4q8`] for up to four activation rows at once (the SIMD sets unpack
    /// each weight group once for all of them). `(xq, xs, xsum, n, rows, q, scales, zeros,
    /// block, out, ld)`: row r's
    /// values at `xq[r·n..][..n]`, its scales and sums at `[r·n/32..]`; outputs as
    /// `gemv_q4q8`'s (`q.len() / (n/2)` of them), row r's written to `out.add(r·ld..)`; every
    /// value bit-identical to `gemv_q4q8`'s.
    ///
    /// # Safety
    /// For every `r < rows` and output `o`, `out.add(r·ld + o)` must be valid for writing an
    /// `f32` and not accessed by anything else during the call.
    pub gemm_q4q8: GemmQ4Q8,
    /// `dot_i8` of four activation rows (`a[r × stride ..][.. w.len()]`, r = 0..4) with one
    /// weight row: the weights are loaded once for the four.
    pub dot_i8_4: fn(&[i8], usize, &[i8]) -> [i32; 4],
    /// `dot_f32` of four activation rows with one weight row (summation order may differ from
    /// `dot_f32` by float rounding).
    pub dot_f32_4: fn(&[f32], usize, &[f32]) -> [f32; 4],
    /// Every output of one int8 activation row: `out[o] = Σ_i q[i]·w[o·n + i]` (n = `q.len()`,
    /// exact), given `w_sums[o] = Σ_i w[o·n + i]`. Four weight rows share each activation load.
    pub gemv_i8: GemvI8,
    /// A 4×4 tile of int8 products: `out[r][o] = Σ_i q[r·n + i]·w[o·n + i]` for four activation
    /// rows and four weight rows of width `n`, given `w_sums[o] = Σ_i w[o·n + i]` (exact).
    pub tile_i8: TileI8,
    /// onnxruntime's `DynamicQuantizeLinear` step: `q = clamp(round_half_even(x / scale) + zero,
    /// 0, 255) − 128` for every element (bit-identical on every path).
    pub quantize: fn(&[f32], f32, i32, &mut [i8]),
    /// `(min(0, min x), max(0, max x))`, NaN ignored (the range `DynamicQuantizeLinear` maps).
    pub range: fn(&[f32]) -> (f32, f32),
    /// Every output of one f32 activation row: `out[o] = dot_f32(x, w[o·n ..][.. n])`, four
    /// weight rows per activation load.
    pub gemv_f32: fn(&[f32], &[f32], &mut [f32]),
    /// Every output of one f32 activation row over unsigned-byte weights:
    /// `out[o] = dot_u8(x, w[o·n ..][.. n])`.
    pub gemv_u8: fn(&[f32], &[u8], &mut [f32]),
    /// int8 products of `rows` activation rows with weights in the [`pack_i8`] panel layout:
    /// `*out.add(r·ld + o) = Σ_i q[r·n_in + i]·w[o][i]` (exact) for `o < n_out`, given
    /// `w_sums[o] = Σ_i w[o][i]`. No horizontal sums: each instruction produces 16 (or 8)
    /// outputs of one row. The output is a pointer with a row stride so that threads can each
    /// write their own columns of one matrix.
    ///
    /// # Safety
    /// For every `r < rows` and `o < n_out`, `out.add(r·ld + o)` must be valid for writing an
    /// `i32` and not accessed by anything else during the call.
    pub gemm_i8: GemmI8,
    /// Whether this set has a [`Kernels::gemm_i8`] faster than its GEMV and tiles, so that
    /// int8 weights are written in the packed layout at load (the scalar `gemm_i8` is the
    /// reference, used when a packed model is run on another set).
    pub packs_i8: bool,
}

/// `gemm_q4q8(xq, xs, xsum, n, rows, q, scales, zeros, block, out, ld)`: see
/// [`Kernels::gemm_q4q8`].
pub type GemmQ4Q8 = unsafe fn(&[i8], &[f32], &[i32], usize, usize, &[u8], &[f32], &[u8], usize, *mut f32, usize);

/// Most activation rows per call of a [`Kernels::gemm_q4q8`].
pub(crate) const Q4Q8_ROWS: usize = 4;

/// `gemm_i8(q, rows, packed_w, n_in, n_out, w_sums, out, ld)`: see [`Kernels::gemm_i8`].
pub type GemmI8 = unsafe fn(&[i8], usize, &[i8], usize, usize, &[i32], *mut i32, usize);

/// Outputs per panel of the packed int8 layout.
pub const PANEL: usize = 16;

/// Whether a `[n_out][n_in]` int8 matrix can take the packed layout.
pub fn packable(n_in: usize, n_out: usize) -> bool {
    n_in > 0 && n_in.is_multiple_of(4) && n_out > 0
}

/// Bytes of a packed `[n_out][n_in]` matrix: `n_out` rounded up to whole panels.
pub fn packed_len(n_in: usize, n_out: usize) -> usize {
    n_out.div_ceil(PANEL) * PANEL * n_in
}

/// Repacks an output-major `[n_out][n_in]` int8 matrix into panels of [`PANEL`] outputs: for
/// panel `p` and input group `j` (four inputs), 64 consecutive bytes hold outputs
/// `16p..16p+16`, four inputs each — one 512-bit `vpdpbusd` operand.
/// `index(o, i) = ((o / 16)·(n_in / 4) + i / 4)·64 + (o % 16)·4 + i % 4` ([`packed_index`]).
/// The last panel is
/// padded with zero weights when `n_out` is not a multiple of 16 (kernels write only the
/// `n_out` real outputs).
pub fn pack_i8(w: &[i8], n_in: usize, n_out: usize) -> Vec<i8> {
    assert!(packable(n_in, n_out) && w.len() == n_in * n_out);
    let mut p = vec![0i8; packed_len(n_in, n_out)];
    for (o, row) in w.chunks_exact(n_in).enumerate() {
        for (i, &v) in row.iter().enumerate() {
            p[packed_index(o, i, n_in)] = v;
        }
    }
    p
}

/// Where weight `[o][i]` of a matrix with `n_in` inputs sits in the packed layout.
#[inline]
pub fn packed_index(o: usize, i: usize, n_in: usize) -> usize {
    ((o / PANEL) * (n_in / 4) + i / 4) * 64 + (o % PANEL) * 4 + i % 4
}

/// `tile_i8(q, w, n, w_sums)`: see [`Kernels::tile_i8`].
pub type TileI8 = fn(&[i8], &[i8], usize, &[i32]) -> [[i32; 4]; 4];

/// `gemv_i8(q, w, w_sums, out)`: see [`Kernels::gemv_i8`].
pub type GemvI8 = fn(&[i8], &[i8], &[i32], &mut [i32]);

/// `dot_q4(a, packed, scales, zeros, block)`: see [`Kernels::dot_q4`].
pub type DotQ4 = fn(&[f32], &[u8], &[f32], &[u8], usize) -> f32;

/// `dot_q4_4(a, stride, packed, scales, zeros, block)`: see [`Kernels::dot_q4_4`].
pub type DotQ4x4 = fn(&[f32], usize, &[u8], &[f32], &[u8], usize) -> [f32; 4];

/// `gemv_q4(x, packed, scales, zeros, block, out)`: see [`Kernels::gemv_q4`].
pub type GemvQ4 = fn(&[f32], &[u8], &[f32], &[u8], usize, &mut [f32]);

/// `gemv_q4q8(xq, xs, xsum, packed, scales, zeros, block, out)`: see [`Kernels::gemv_q4q8`].
pub type GemvQ4Q8 = fn(&[i8], &[f32], &[i32], &[u8], &[f32], &[u8], usize, &mut [f32]);

/// Activation values per int8 scale of [`quantize_q8`] (and per call of the q4 × int8 kernels'
/// inner step: 16 weight bytes).
pub const Q8_GROUP: usize = 32;

/// Quantises one activation row for [`Kernels::gemv_q4q8`]: per group of [`Q8_GROUP`] values
/// a symmetric int8 scale `xs = max|x| / 127`, `xq = round(x / xs)` (half away from zero;
/// 0 for an all-zero group), stored as the group's 16 even elements then its 16 odd ones (the
/// order in which the kernels unpack a byte's low and high nibbles), and `xsum = Σ xq`.
/// `x.len()` must be a multiple of [`Q8_GROUP`].
pub fn quantize_q8(x: &[f32], xq: &mut [i8], xs: &mut [f32], xsum: &mut [i32]) {
    let groups = x.len() / Q8_GROUP;
    assert!(x.len() == groups * Q8_GROUP && xq.len() >= x.len() && xs.len() >= groups && xsum.len() >= groups);
    for (c, xc) in x.chunks_exact(Q8_GROUP).enumerate() {
        let amax = xc.iter().fold(0f32, |m, v| m.max(v.abs()));
        let d = amax / 127.0;
        let inv = if d > 0.0 { 1.0 / d } else { 0.0 };
        let qc = &mut xq[c * Q8_GROUP..][..Q8_GROUP];
        let mut sum = 0i32;
        for j in 0..Q8_GROUP / 2 {
            let (e, o) = ((xc[2 * j] * inv).round() as i8, (xc[2 * j + 1] * inv).round() as i8);
            qc[j] = e;
            qc[Q8_GROUP / 2 + j] = o;
            sum += e as i32 + o as i32;
        }
        xs[c] = d;
        xsum[c] = sum;
    }
}

/// Checks the shapes every `gemv_q4q8` relies on (see [`super::Kernels::gemv_q4q8`]).
#[allow(clippy::too_many_arguments)]
fn q4q8_check(xq: &[i8], xs: &[f32], xsum: &[i32], q: &[u8], scales: &[f32], zeros: &[u8], block: usize, outs: usize) {
    let n = xq.len();
    assert!(block >= 32 && block.is_multiple_of(32) && n.is_multiple_of(block));
    let (blocks, groups) = (n / block, n / Q8_GROUP);
    assert!(xs.len() >= groups && xsum.len() >= groups);
    assert!(q.len() == outs * n / 2 && scales.len() == outs * blocks && zeros.len() == scales.len());
}

/// Checks the rows and weights every `gemm_q4q8` relies on (see [`Kernels::gemm_q4q8`]): the
/// last row's values, scales and sums as [`q4q8_check`] wants them (the others lie before it).
/// Returns the number of outputs.
#[allow(clippy::too_many_arguments)]
fn gemm_q4q8_check(
    xq: &[i8],
    xs: &[f32],
    xsum: &[i32],
    n: usize,
    rows: usize,
    q: &[u8],
    scales: &[f32],
    zeros: &[u8],
    block: usize,
) -> usize {
    assert!((1..=Q4Q8_ROWS).contains(&rows) && n > 0 && q.len().is_multiple_of(n / 2));
    let (outs, groups) = (q.len() / (n / 2), n / Q8_GROUP);
    let last = rows - 1;
    q4q8_check(&xq[last * n..][..n], &xs[last * groups..], &xsum[last * groups..], q, scales, zeros, block, outs);
    outs
}

/// The safe `gemv_q4q8` and the `gemm_q4q8` of a kernel set whose products are
/// `$rows::<R>(xq, xs, xsum, q, scales, zeros, block, outs, out, ld)` for `R` = 1..=4 rows
/// (an `unsafe fn` needing the set's CPU features and the checked shapes).
#[cfg_attr(not(any(target_arch = "x86_64", target_arch = "aarch64")), allow(unused_macros))]
macro_rules! q4q8_entry_points {
    ($gemv:ident, $gemm:ident, $rows:ident) => {
        #[allow(clippy::too_many_arguments)]
        fn $gemv(
            xq: &[i8],
            xs: &[f32],
            xsum: &[i32],
            q: &[u8],
            scales: &[f32],
            zeros: &[u8],
            block: usize,
            out: &mut [f32],
        ) {
            super::q4q8_check(xq, xs, xsum, q, scales, zeros, block, out.len());
            // SAFETY: installed only in the kernel set of `$rows`, after its CPU features were
            // detected; the check keeps every read within the slices (output o's bytes
            // q[o·n/2..][..n/2], its scales and zeros [o·blocks..][..blocks]); one row is
            // written, to `out`.
            unsafe { $rows::<1>(xq, xs, xsum, q, scales, zeros, block, out.len(), out.as_mut_ptr(), 0) }
        }

        #[allow(clippy::too_many_arguments)]
        unsafe fn $gemm(
            xq: &[i8],
            xs: &[f32],
            xsum: &[i32],
            n: usize,
            rows: usize,
            q: &[u8],
            scales: &[f32],
            zeros: &[u8],
            block: usize,
            out: *mut f32,
            ld: usize,
        ) {
            let outs = super::gemm_q4q8_check(xq, xs, xsum, n, rows, q, scales, zeros, block);
            // SAFETY: installed only in the kernel set of `$rows`, after its CPU features were
            // detected; the check covers every row and the weights; the caller guarantees `out`
            // (this function's contract).
            unsafe {
                match rows {
                    1 => $rows::<1>(xq, xs, xsum, q, scales, zeros, block, outs, out, ld),
                    2 => $rows::<2>(xq, xs, xsum, q, scales, zeros, block, outs, out, ld),
                    3 => $rows::<3>(xq, xs, xsum, q, scales, zeros, block, outs, out, ld),
                    _ => $rows::<4>(xq, xs, xsum, q, scales, zeros, block, outs, out, ld),
                }
            }
        }
    };
}

impl std::fmt::Debug for Kernels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// Portable reference kernels.
pub const SCALAR: Kernels = Kernels {
    name: "scalar",
    dot_f32: scalar::dot_f32,
    dot_f16: scalar::dot_f16,
    dot_i8: scalar::dot_i8,
    dot_u8: scalar::dot_u8,
    dot_q4: scalar::dot_q4,
    dot_q4_4: scalar::dot_q4_4,
    gemv_q4: scalar::gemv_q4,
    gemv_q4q8: scalar::gemv_q4q8,
    gemm_q4q8: scalar::gemm_q4q8,
    dot_i8_4: scalar::dot_i8_4,
    dot_f32_4: scalar::dot_f32_4,
    gemv_i8: scalar::gemv_i8,
    tile_i8: scalar::tile_i8,
    quantize: scalar::quantize,
    range: scalar::range,
    gemv_f32: scalar::gemv_f32,
    gemv_u8: scalar::gemv_u8,
    gemm_i8: scalar::gemm_i8,
    packs_i8: false,
};

/// The best kernels for the running CPU (detected once). `EDGEMT_KERNELS=NAME` picks another
/// set this CPU can run by its name (`scalar`, `x86_64-avx2-fma-f16c`, …: e.g. to measure the
/// AVX2 path on a VNNI machine); an unknown name is logged and ignored.
pub fn best() -> &'static Kernels {
    static K: OnceLock<Kernels> = OnceLock::new();
    K.get_or_init(|| {
        if let Ok(name) = std::env::var("EDGEMT_KERNELS") {
            if let Some(k) = available().into_iter().find(|k| k.name == name) {
                log::info!("native engine kernels: {} (EDGEMT_KERNELS)", k.name);
                return k;
            }
            log::warn!("EDGEMT_KERNELS={name:?} is not one of this CPU's kernel sets; using the detected one");
        }
        let k = detect();
        log::info!("native engine kernels: {}", k.name);
        k
    })
}

/// Every kernel set this CPU can run, the scalar reference first (for tests and benchmarks).
pub fn available() -> Vec<Kernels> {
    #[allow(unused_mut)]
    let mut v = vec![SCALAR];
    #[cfg(target_arch = "x86_64")]
    if x86::supported() {
        v.push(x86::KERNELS);
        if x86::vnni512_supported() {
            v.push(x86::KERNELS_VNNI512);
        }
        if x86::amx_supported() {
            v.push(x86::KERNELS_AMX);
        }
        if x86::vnni_supported() {
            v.push(x86::KERNELS_VNNI);
        }
    }
    #[cfg(target_arch = "aarch64")]
    {
        v.push(arm64::NEON);
        if std::arch::is_aarch64_feature_detected!("dotprod") {
            v.push(arm64::SDOT);
        }
    }
    v
}

fn detect() -> Kernels {
    #[cfg(target_arch = "x86_64")]
    if x86::supported() {
        if x86::amx_supported() {
            return x86::KERNELS_AMX;
        }
        if x86::vnni512_supported() {
            return x86::KERNELS_VNNI512;
        }
        if x86::vnni_supported() {
            return x86::KERNELS_VNNI;
        }
        return x86::KERNELS;
    }
    #[cfg(target_arch = "aarch64")]
    {
        if std::arch::is_aarch64_feature_detected!("dotprod") {
            return arm64::SDOT;
        }
        return arm64::NEON;
    }
    #[allow(unreachable_code)]
    SCALAR
}

mod scalar {
    use half::f16;

    pub fn dot_f32(a: &[f32], b: &[f32]) -> f32 {
        // Eight partial sums: lets the compiler vectorise and keeps the order fixed.
        let mut acc = [0f32; 8];
        let chunks = a.len() / 8;
        for c in 0..chunks {
            for j in 0..8 {
                acc[j] += a[c * 8 + j] * b[c * 8 + j];
            }
        }
        let mut s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
        for i in chunks * 8..a.len() {
            s += a[i] * b[i];
        }
        s
    }

    pub fn dot_f16(a: &[f32], b: &[f16]) -> f32 {
        let mut acc = [0f32; 8];
        let chunks = a.len() / 8;
        for c in 0..chunks {
            for j in 0..8 {
                acc[j] += a[c * 8 + j] * b[c * 8 + j].to_f32();
            }
        }
        let mut s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
        for i in chunks * 8..a.len() {
            s += a[i] * b[i].to_f32();
        }
        s
    }

    pub fn dot_i8(a: &[i8], b: &[i8]) -> i32 {
        a.iter().zip(b).map(|(&x, &y)| x as i32 * y as i32).sum()
    }

    /// # Safety
    /// See [`super::Kernels::gemm_i8`].
    #[allow(clippy::too_many_arguments)]
    pub unsafe fn gemm_i8(
        q: &[i8],
        rows: usize,
        w: &[i8],
        n_in: usize,
        n_out: usize,
        _w_sums: &[i32],
        out: *mut i32,
        ld: usize,
    ) {
        let groups = n_in / 4;
        for (r, qr) in q.chunks_exact(n_in).take(rows).enumerate() {
            // SAFETY: the caller guarantees row r's n_out outputs are ours to write.
            let yr = unsafe { std::slice::from_raw_parts_mut(out.add(r * ld), n_out) };
            // `chunks_mut`: the last panel may hold fewer than 16 real outputs.
            for (p, yp) in yr.chunks_mut(super::PANEL).enumerate() {
                let panel = &w[p * groups * 64..][..groups * 64];
                yp.fill(0);
                for (j, g) in panel.chunks_exact(64).enumerate() {
                    let a = &qr[4 * j..4 * j + 4];
                    for (y, wo) in yp.iter_mut().zip(g.chunks_exact(4)) {
                        *y += (0..4).map(|i| a[i] as i32 * wo[i] as i32).sum::<i32>();
                    }
                }
            }
        }
    }

    pub fn gemv_i8(q: &[i8], w: &[i8], _w_sums: &[i32], out: &mut [i32]) {
        gemv_with(dot_i8, q, w, out)
    }

    pub fn tile_i8(q: &[i8], w: &[i8], n: usize, _w_sums: &[i32]) -> [[i32; 4]; 4] {
        tile_i8_with(dot_i8_4, q, w, n)
    }

    pub fn quantize(x: &[f32], scale: f32, zero: i32, q: &mut [i8]) {
        for (d, &v) in q.iter_mut().zip(x) {
            let u = ((v / scale).round_ties_even() + zero as f32).clamp(0.0, 255.0) as i32;
            *d = (u - 128) as i8;
        }
    }

    pub fn gemv_f32(x: &[f32], w: &[f32], out: &mut [f32]) {
        gemv_with(dot_f32, x, w, out)
    }

    pub fn range(x: &[f32]) -> (f32, f32) {
        x.iter().fold((0f32, 0f32), |(lo, hi), &v| (lo.min(v), hi.max(v)))
    }

    pub fn gemv_u8(x: &[f32], w: &[u8], out: &mut [f32]) {
        gemv_with(dot_u8, x, w, out)
    }

    /// Every output of one row out of a one-row dot product (`gemv_f32`, `gemv_u8`, `gemv_i8`
    /// on CPUs without a wider kernel).
    pub fn gemv_with<A, W, R>(dot: fn(&[A], &[W]) -> R, x: &[A], w: &[W], out: &mut [R]) {
        let n = x.len();
        for (y, wo) in out.iter_mut().zip(w.chunks_exact(n.max(1))) {
            *y = dot(x, wo);
        }
    }

    /// Four rows at `stride` against one weight row, out of a one-row dot product.
    pub fn dot4_with<A, W, R>(dot: fn(&[A], &[W]) -> R, a: &[A], stride: usize, w: &[W]) -> [R; 4] {
        let n = w.len();
        std::array::from_fn(|r| dot(&a[r * stride..][..n], w))
    }

    /// `tile_i8` out of a four-row dot product.
    pub fn tile_i8_with(dot4: fn(&[i8], usize, &[i8]) -> [i32; 4], q: &[i8], w: &[i8], n: usize) -> [[i32; 4]; 4] {
        let mut out = [[0; 4]; 4];
        for o in 0..4 {
            let col = dot4(q, n, &w[o * n..][..n]);
            for r in 0..4 {
                out[r][o] = col[r];
            }
        }
        out
    }

    pub fn dot_i8_4(a: &[i8], stride: usize, w: &[i8]) -> [i32; 4] {
        dot4_with(dot_i8, a, stride, w)
    }

    pub fn dot_f32_4(a: &[f32], stride: usize, w: &[f32]) -> [f32; 4] {
        dot4_with(dot_f32, a, stride, w)
    }

    pub fn dot_u8(a: &[f32], b: &[u8]) -> f32 {
        let mut acc = [0f32; 8];
        let chunks = a.len() / 8;
        for c in 0..chunks {
            for j in 0..8 {
                acc[j] += a[c * 8 + j] * b[c * 8 + j] as f32;
            }
        }
        let mut s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
        for i in chunks * 8..a.len() {
            s += a[i] * b[i] as f32;
        }
        s
    }

    pub fn dot_q4(a: &[f32], q: &[u8], scales: &[f32], zeros: &[u8], block: usize) -> f32 {
        let mut total = 0f32;
        for (bi, (xa, xq)) in a.chunks(block).zip(q.chunks(block / 2)).enumerate() {
            let z = zeros[bi] as f32;
            let mut acc = [0f32; 8];
            for (x8, q4) in xa.chunks_exact(8).zip(xq.chunks_exact(4)) {
                for j in 0..4 {
                    acc[2 * j] += x8[2 * j] * ((q4[j] & 15) as f32 - z);
                    acc[2 * j + 1] += x8[2 * j + 1] * ((q4[j] >> 4) as f32 - z);
                }
            }
            let s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
            total += s * scales[bi];
        }
        total
    }

    pub fn dot_q4_4(a: &[f32], stride: usize, q: &[u8], scales: &[f32], zeros: &[u8], block: usize) -> [f32; 4] {
        let n = 2 * q.len();
        std::array::from_fn(|r| dot_q4(&a[r * stride..][..n], q, scales, zeros, block))
    }

    /// One output of [`super::Kernels::gemv_q4q8`]: `q`, `scales`, `zeros` of that output's
    /// weight row.
    #[inline]
    pub fn dot_q4q8(xq: &[i8], xs: &[f32], xsum: &[i32], q: &[u8], scales: &[f32], zeros: &[u8], block: usize) -> f32 {
        let per = block / super::Q8_GROUP;
        let mut acc = 0f32;
        for (c, (xc, qc)) in xq.chunks_exact(super::Q8_GROUP).zip(q.chunks_exact(super::Q8_GROUP / 2)).enumerate() {
            let b = c / per;
            let mut s = 0i32;
            for j in 0..super::Q8_GROUP / 2 {
                s += (qc[j] & 15) as i32 * xc[j] as i32 + (qc[j] >> 4) as i32 * xc[super::Q8_GROUP / 2 + j] as i32;
            }
            s -= zeros[b] as i32 * xsum[c];
            acc += s as f32 * (scales[b] * xs[c]);
        }
        acc
    }

    /// `gemv_q4q8` row by row.
    ///
    /// # Safety
    /// See [`super::Kernels::gemm_q4q8`].
    #[allow(clippy::too_many_arguments)]
    pub unsafe fn gemm_q4q8(
        xq: &[i8],
        xs: &[f32],
        xsum: &[i32],
        n: usize,
        rows: usize,
        q: &[u8],
        scales: &[f32],
        zeros: &[u8],
        block: usize,
        out: *mut f32,
        ld: usize,
    ) {
        let (outs, groups) =
            (super::gemm_q4q8_check(xq, xs, xsum, n, rows, q, scales, zeros, block), n / super::Q8_GROUP);
        for r in 0..rows {
            // SAFETY: the caller guarantees outputs 0..outs of row r at out + r·ld (this
            // function's contract).
            let y = unsafe { std::slice::from_raw_parts_mut(out.add(r * ld), outs) };
            gemv_q4q8(
                &xq[r * n..][..n],
                &xs[r * groups..][..groups],
                &xsum[r * groups..][..groups],
                q,
                scales,
                zeros,
                block,
                y,
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn gemv_q4q8(
        xq: &[i8],
        xs: &[f32],
        xsum: &[i32],
        q: &[u8],
        scales: &[f32],
        zeros: &[u8],
        block: usize,
        out: &mut [f32],
    ) {
        let (n, blocks) = (xq.len(), xq.len() / block.max(1));
        for (o, y) in out.iter_mut().enumerate() {
            *y = dot_q4q8(
                xq,
                xs,
                xsum,
                &q[o * n / 2..][..n / 2],
                &scales[o * blocks..][..blocks],
                &zeros[o * blocks..][..blocks],
                block,
            );
        }
    }

    pub fn gemv_q4(x: &[f32], q: &[u8], scales: &[f32], zeros: &[u8], block: usize, out: &mut [f32]) {
        let (n, blocks) = (x.len(), x.len() / block.max(1));
        for (o, y) in out.iter_mut().enumerate() {
            *y = dot_q4(
                x,
                &q[o * n / 2..][..n / 2],
                &scales[o * blocks..][..blocks],
                &zeros[o * blocks..][..blocks],
                block,
            );
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;

    use half::f16;

    use super::Kernels;

    pub const KERNELS: Kernels = Kernels {
        name: "x86_64-avx2-fma-f16c",
        dot_f32,
        dot_f16,
        dot_i8,
        dot_u8,
        dot_q4,
        dot_q4_4,
        gemv_q4,
        gemv_q4q8: gemv_q4q8_x8,
        gemm_q4q8: gemm_q4q8_x8,
        dot_i8_4,
        dot_f32_4,
        gemv_i8,
        tile_i8,
        quantize,
        range,
        gemv_f32,
        gemv_u8,
        gemm_i8,
        packs_i8: true,
    };
    /// AVX2 with int8 products on AVX-512 VNNI (`vpdpbusd`; 512-bit in the encoder's 4×4 tiles,
    /// where it is compute that counts; decoding is memory-bound and stays 256-bit).
    pub const KERNELS_VNNI512: Kernels = Kernels {
        name: "x86_64-avx2-avx512vnni",
        gemv_q4q8: gemv_q4q8_vnni512,
        gemm_q4q8: gemm_q4q8_vnni512,
        dot_i8: dot_i8_vnni512,
        dot_i8_4: dot_i8_4_vnni512,
        gemv_i8: gemv_i8_vnni512,
        tile_i8: tile_i8_vnni512,
        gemm_i8: gemm_i8_vnni512,
        ..KERNELS
    };
    /// AVX-512 VNNI with the packed int8 GEMM on AMX tiles (`tdpbssd`) for products of
    /// [`AMX_MIN_ROWS`] rows or more (the encoder, cross-attention keys/values); fewer rows
    /// (decoding) stay on AVX-512 VNNI, where the weights' memory traffic is what counts.
    pub const KERNELS_AMX: Kernels = Kernels { name: "x86_64-avx512vnni-amx", gemm_i8: gemm_i8_amx, ..KERNELS_VNNI512 };

    /// Fewest activation rows handed to AMX (below, its 16-row tiles would mostly hold zeros).
    pub const AMX_MIN_ROWS: usize = 8;

    pub fn amx_supported() -> bool {
        vnni512_supported() && crate::engine::amx::supported()
    }

    #[allow(clippy::too_many_arguments)]
    unsafe fn gemm_i8_amx(
        q: &[i8],
        rows: usize,
        w: &[i8],
        n_in: usize,
        n_out: usize,
        w_sums: &[i32],
        out: *mut i32,
        ld: usize,
    ) {
        if rows >= AMX_MIN_ROWS && n_in.is_multiple_of(crate::engine::amx::K_STEP) {
            gemm_check(q, rows, w, n_in, n_out, w_sums, ld);
            // SAFETY: only installed when `amx_supported()`; n_in is a multiple of the tile
            // step, the shapes were checked just above, the output is the caller's per this
            // function's contract.
            unsafe { crate::engine::amx::gemm_i8(q, rows, w, n_in, n_out, out, ld) }
        } else {
            // SAFETY: AMX CPUs have AVX-512 VNNI (`amx_supported` checks it); same contract.
            unsafe { gemm_i8_vnni512(q, rows, w, n_in, n_out, w_sums, out, ld) }
        }
    }

    /// AVX2 with int8 products on AVX-VNNI (the VEX `vpdpbusd`).
    pub const KERNELS_VNNI: Kernels = Kernels {
        name: "x86_64-avx2-avxvnni",
        gemv_q4q8: gemv_q4q8_vnni,
        gemm_q4q8: gemm_q4q8_vnni,
        dot_i8: dot_i8_vnni,
        dot_i8_4: dot_i8_4_vnni,
        gemv_i8: gemv_i8_vnni,
        ..KERNELS
    };

    pub fn supported() -> bool {
        is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") && is_x86_feature_detected!("f16c")
    }

    pub fn vnni512_supported() -> bool {
        is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512bw")
            && is_x86_feature_detected!("avx512vnni")
            && is_x86_feature_detected!("avx512vl")
    }

    pub fn vnni_supported() -> bool {
        is_x86_feature_detected!("avxvnni")
    }

    fn gemm_check(q: &[i8], rows: usize, w: &[i8], n_in: usize, n_out: usize, w_sums: &[i32], ld: usize) {
        assert!(super::packable(n_in, n_out) && ld >= n_out);
        assert!(q.len() >= rows * n_in && w.len() == super::packed_len(n_in, n_out) && w_sums.len() == n_out);
    }

    /// # Safety
    /// See [`super::Kernels::gemm_i8`].
    #[allow(clippy::too_many_arguments)]
    unsafe fn gemm_i8_vnni512(
        q: &[i8],
        rows: usize,
        w: &[i8],
        n_in: usize,
        n_out: usize,
        w_sums: &[i32],
        out: *mut i32,
        ld: usize,
    ) {
        gemm_check(q, rows, w, n_in, n_out, w_sums, ld);
        // SAFETY: only installed when the CPU has AVX-512 F/BW/VNNI; the inputs were checked
        // against the shapes just above, the output is the caller's per this function's contract.
        unsafe { gemm_i8_vnni512_impl(q, rows, w, n_in, n_out, w_sums, out, ld) }
    }

    /// Blocks of up to 8 rows × 32 outputs (16 zmm accumulators): per group of four inputs,
    /// two 64-byte weight loads serve every row, and each row's four activation bytes are
    /// broadcast once for both panels.
    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vnni")]
    #[allow(clippy::too_many_arguments)]
    unsafe fn gemm_i8_vnni512_impl(
        q: &[i8],
        rows: usize,
        w: &[i8],
        n_in: usize,
        n_out: usize,
        w_sums: &[i32],
        out: *mut i32,
        ld: usize,
    ) {
        let panels = n_out.div_ceil(super::PANEL);
        // Rows in balanced blocks of at most 12 (24 accumulators with two panels): each block
        // streams the weights once, so 15 rows take two passes (8 + 7), not four (8 + 4 + 2 + 1).
        let blocks = rows.div_ceil(12);
        let mut r = 0;
        for b in 0..blocks {
            let take = rows / blocks + usize::from(b < rows % blocks);
            let mut p = 0;
            while p < panels {
                let two = p + 1 < panels;
                // SAFETY: rows r..r+take and panels p..p+1 (or p) lie within the shapes checked by
                // the safe wrapper; the CPU features are enabled on this function.
                unsafe {
                    match (take, two) {
                        (1, true) => vnni512_block::<1, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (1, false) => vnni512_block::<1, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (2, true) => vnni512_block::<2, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (2, false) => vnni512_block::<2, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (3, true) => vnni512_block::<3, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (3, false) => vnni512_block::<3, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (4, true) => vnni512_block::<4, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (4, false) => vnni512_block::<4, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (5, true) => vnni512_block::<5, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (5, false) => vnni512_block::<5, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (6, true) => vnni512_block::<6, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (6, false) => vnni512_block::<6, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (7, true) => vnni512_block::<7, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (7, false) => vnni512_block::<7, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (8, true) => vnni512_block::<8, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (8, false) => vnni512_block::<8, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (9, true) => vnni512_block::<9, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (9, false) => vnni512_block::<9, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (10, true) => vnni512_block::<10, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (10, false) => vnni512_block::<10, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (11, true) => vnni512_block::<11, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (11, false) => vnni512_block::<11, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (12, true) => vnni512_block::<12, 2>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        (12, false) => vnni512_block::<12, 1>(q, r, w, n_in, n_out, p, w_sums, out, ld),
                        _ => unreachable!("blocks hold 1 to 12 rows"),
                    }
                }
                p += if two { 2 } else { 1 };
            }
            r += take;
        }
    }

    /// `R` rows from `r0` × `P` panels from `p0`. `vpdpbusd` multiplies unsigned by signed
    /// bytes: the activations are flipped to `q + 128` and `128·w_sums` taken off at the end.
    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vnni")]
    #[allow(clippy::too_many_arguments)]
    unsafe fn vnni512_block<const R: usize, const P: usize>(
        q: &[i8],
        r0: usize,
        w: &[i8],
        n_in: usize,
        n_out: usize,
        p0: usize,
        w_sums: &[i32],
        out: *mut i32,
        ld: usize,
    ) {
        let groups = n_in / 4;
        let (pq, pw) = (q.as_ptr(), w.as_ptr());
        let mut acc = [[_mm512_setzero_si512(); P]; R];
        // SAFETY: the caller guarantees rows r0..r0+R of `q` (n_in each), panels p0..p0+P of
        // `w` (groups·64 bytes each) and the matching outputs exist.
        unsafe {
            for j in 0..groups {
                let wv: [__m512i; P] =
                    std::array::from_fn(|c| _mm512_loadu_si512(pw.add((p0 + c) * groups * 64 + j * 64) as *const _));
                // The same line of the next block's panels: each panel starts new pages, where
                // the hardware prefetchers stop, so without this every block begins with stalls
                // (opus-mt-size int8 step, AMD EPYC: greedy 2.1 → 1.6 ms, beam 4 3.8 → 2.2 ms).
                // Past the last panel the address lies outside `w`: prefetches never fault.
                for c in 0..P {
                    _mm_prefetch::<_MM_HINT_T0>(pw.wrapping_add((p0 + c + P) * groups * 64 + j * 64));
                }
                for (r, acc) in acc.iter_mut().enumerate() {
                    let a = std::ptr::read_unaligned(pq.add((r0 + r) * n_in + 4 * j) as *const i32);
                    let av = _mm512_set1_epi32(a ^ 0x8080_8080u32 as i32);
                    for (acc, wv) in acc.iter_mut().zip(wv) {
                        *acc = _mm512_dpbusd_epi32(*acc, av, wv);
                    }
                }
            }
            for c in 0..P {
                let o = (p0 + c) * super::PANEL;
                // The last panel may have fewer than 16 real outputs: masked loads and stores.
                let real = (n_out - o).min(super::PANEL);
                let mask: __mmask16 = if real == super::PANEL { !0 } else { (1u16 << real) - 1 };
                let sums = _mm512_maskz_loadu_epi32(mask, w_sums.as_ptr().add(o));
                let bias = _mm512_slli_epi32(sums, 7);
                for (r, acc) in acc.iter().enumerate() {
                    let v = _mm512_sub_epi32(acc[c], bias);
                    _mm512_mask_storeu_epi32(out.add((r0 + r) * ld + o), mask, v);
                }
            }
        }
    }

    /// # Safety
    /// See [`super::Kernels::gemm_i8`].
    #[allow(clippy::too_many_arguments)]
    unsafe fn gemm_i8(
        q: &[i8],
        rows: usize,
        w: &[i8],
        n_in: usize,
        n_out: usize,
        w_sums: &[i32],
        out: *mut i32,
        ld: usize,
    ) {
        gemm_check(q, rows, w, n_in, n_out, w_sums, ld);
        // SAFETY: only installed when `supported()` (AVX2); inputs checked just above, the
        // output is the caller's per this function's contract.
        unsafe { gemm_i8_avx2_impl(q, rows, w, n_in, n_out, out, ld) }
    }

    /// Blocks of up to 4 rows × 8 outputs (half a panel): the weights of four outputs × four
    /// inputs are sign-extended to 16 bits once for the block's rows and multiplied with
    /// `vpmaddwd` against each row's four activations (exact: |q·w| ≤ 2^14, pairs ≤ 2^15), the
    /// pair sums folded at the end.
    #[target_feature(enable = "avx2")]
    #[allow(clippy::too_many_arguments)]
    unsafe fn gemm_i8_avx2_impl(q: &[i8], rows: usize, w: &[i8], n_in: usize, n_out: usize, out: *mut i32, ld: usize) {
        let halves = n_out.div_ceil(8);
        let mut r = 0;
        while r < rows {
            let left = rows - r;
            let take = if left >= 4 {
                4
            } else if left >= 2 {
                2
            } else {
                1
            };
            for h in 0..halves {
                // SAFETY: rows r..r+take and outputs 8h..8h+8 lie within the checked shapes.
                unsafe {
                    match take {
                        4 => avx2_block::<4>(q, r, w, n_in, n_out, h, out, ld),
                        2 => avx2_block::<2>(q, r, w, n_in, n_out, h, out, ld),
                        _ => avx2_block::<1>(q, r, w, n_in, n_out, h, out, ld),
                    }
                }
            }
            r += take;
        }
    }

    /// `R` rows from `r0` × outputs `8h..8h+8`.
    #[target_feature(enable = "avx2")]
    #[allow(clippy::too_many_arguments)]
    unsafe fn avx2_block<const R: usize>(
        q: &[i8],
        r0: usize,
        w: &[i8],
        n_in: usize,
        n_out: usize,
        h: usize,
        out: *mut i32,
        ld: usize,
    ) {
        let groups = n_in / 4;
        let (pq, pw) = (q.as_ptr(), w.as_ptr());
        // Half h of panel h/2: 32 bytes per group, at offset (h % 2)·32 in the panel's 64.
        let base = (h / 2) * groups * 64 + (h % 2) * 32;
        let mut acc = [[_mm256_setzero_si256(); 2]; R];
        // SAFETY: the caller guarantees rows r0..r0+R, the panel and the outputs exist.
        unsafe {
            for j in 0..groups {
                let g = pw.add(base + j * 64);
                if h.is_multiple_of(2) {
                    // The next panel's line (see `vnni512_block`); the second half of this
                    // panel finds its lines in the cache.
                    _mm_prefetch::<_MM_HINT_T0>(pw.wrapping_add(base + groups * 64 + j * 64));
                }
                let w0 = _mm256_cvtepi8_epi16(_mm_loadu_si128(g as *const __m128i));
                let w1 = _mm256_cvtepi8_epi16(_mm_loadu_si128(g.add(16) as *const __m128i));
                for (r, acc) in acc.iter_mut().enumerate() {
                    let a = std::ptr::read_unaligned(pq.add((r0 + r) * n_in + 4 * j) as *const i32);
                    let av = _mm256_broadcastq_epi64(_mm_cvtepi8_epi16(_mm_cvtsi32_si128(a)));
                    acc[0] = _mm256_add_epi32(acc[0], _mm256_madd_epi16(w0, av));
                    acc[1] = _mm256_add_epi32(acc[1], _mm256_madd_epi16(w1, av));
                }
            }
            let real = (n_out - 8 * h).min(8);
            for (r, acc) in acc.iter().enumerate() {
                // [o0 o1 o4 o5 | o2 o3 o6 o7] → o0..o7.
                let v = _mm256_permute4x64_epi64(_mm256_hadd_epi32(acc[0], acc[1]), 0xD8);
                let dst = out.add((r0 + r) * ld + 8 * h);
                if real == 8 {
                    _mm256_storeu_si256(dst as *mut __m256i, v);
                } else {
                    // The last half-panel of a matrix whose outputs are not a multiple of 8.
                    let mut lanes = [0i32; 8];
                    _mm256_storeu_si256(lanes.as_mut_ptr() as *mut __m256i, v);
                    std::ptr::copy_nonoverlapping(lanes.as_ptr(), dst, real);
                }
            }
        }
    }

    fn dot_i8_4(a: &[i8], stride: usize, w: &[i8]) -> [i32; 4] {
        assert!(a.len() >= 3 * stride + w.len());
        // SAFETY: only installed when `supported()`; the four rows lie within `a` (checked).
        unsafe { dot_i8_4_avx2(a, stride, w) }
    }

    #[target_feature(enable = "avx2")]
    unsafe fn dot_i8_4_avx2(a: &[i8], stride: usize, w: &[i8]) -> [i32; 4] {
        let n = w.len();
        let (pa, pw) = (a.as_ptr(), w.as_ptr());
        let mut acc = [_mm256_setzero_si256(); 4];
        let mut i = 0;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            while i + 16 <= n {
                let wv = _mm256_cvtepi8_epi16(_mm_loadu_si128(pw.add(i) as *const __m128i));
                for (r, acc) in acc.iter_mut().enumerate() {
                    let av = _mm256_cvtepi8_epi16(_mm_loadu_si128(pa.add(r * stride + i) as *const __m128i));
                    *acc = _mm256_add_epi32(*acc, _mm256_madd_epi16(av, wv));
                }
                i += 16;
            }
            let mut out = acc.map(|v| hsum_i32(v));
            while i < n {
                for (r, o) in out.iter_mut().enumerate() {
                    *o += *pa.add(r * stride + i) as i32 * *pw.add(i) as i32;
                }
                i += 1;
            }
            out
        }
    }

    fn tile_i8(q: &[i8], w: &[i8], n: usize, _w_sums: &[i32]) -> [[i32; 4]; 4] {
        super::scalar::tile_i8_with(dot_i8_4, q, w, n)
    }

    fn gemv_f32(x: &[f32], w: &[f32], out: &mut [f32]) {
        assert_eq!(w.len(), x.len() * out.len());
        // SAFETY: only installed when `supported()`; every row read lies within `w` (checked).
        unsafe { gemv_f32_avx2(x, w, out) }
    }

    /// Outputs four at a time, the rest one at a time — each output summed in the same order
    /// either way ([`rows_f32`]), so an output's value does not depend on its position (a
    /// shortlist's lm_head gives the full one's logits bit for bit).
    #[target_feature(enable = "avx2,fma")]
    unsafe fn gemv_f32_avx2(x: &[f32], w: &[f32], out: &mut [f32]) {
        let n = x.len();
        let (px, pw) = (x.as_ptr(), w.as_ptr());
        let groups = out.len() / 4;
        // SAFETY: the safe wrapper checked w.len() == n × out.len(): every row pointer starts a
        // row of n values inside `w`; the CPU features were detected before installing.
        unsafe {
            for g in 0..groups {
                let v = rows_f32(px, [0, 1, 2, 3].map(|r| pw.add((4 * g + r) * n)), n, 4 * n);
                out[4 * g..4 * g + 4].copy_from_slice(&v);
            }
            for (o, y) in out.iter_mut().enumerate().skip(4 * groups) {
                *y = rows_f32(px, [pw.add(o * n)], n, 0)[0];
            }
        }
    }

    /// `x · row` for `R` rows of `n` values: per row two 8-lane accumulators over blocks of
    /// 16, added, summed horizontally, then the remaining products one by one. Unless `ahead`
    /// is 0, each row's line `ahead` values further on is prefetched as it goes (the rows the
    /// caller takes next: they start new pages, where the hardware prefetchers stop).
    ///
    /// # Safety
    /// `x` and every row must be readable for `n` values; AVX2 and FMA must be present.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn rows_f32<const R: usize>(px: *const f32, rows: [*const f32; R], n: usize, ahead: usize) -> [f32; R] {
        let mut acc = [[_mm256_setzero_ps(); 2]; R];
        let mut i = 0;
        // SAFETY: the caller guarantees n readable values at `px` and at every row; a
        // prefetch's address may lie outside them (computed with wrapping arithmetic; prefetches
        // never fault).
        unsafe {
            while i + 16 <= n {
                if ahead > 0 {
                    for row in rows {
                        _mm_prefetch::<_MM_HINT_T0>(row.wrapping_add(ahead + i) as *const i8);
                    }
                }
                let (x0, x1) = (_mm256_loadu_ps(px.add(i)), _mm256_loadu_ps(px.add(i + 8)));
                for (acc, row) in acc.iter_mut().zip(rows) {
                    acc[0] = _mm256_fmadd_ps(x0, _mm256_loadu_ps(row.add(i)), acc[0]);
                    acc[1] = _mm256_fmadd_ps(x1, _mm256_loadu_ps(row.add(i + 8)), acc[1]);
                }
                i += 16;
            }
            std::array::from_fn(|r| {
                let mut v = hsum(_mm256_add_ps(acc[r][0], acc[r][1]));
                for j in i..n {
                    v += *px.add(j) * *rows[r].add(j);
                }
                v
            })
        }
    }

    fn gemv_u8(x: &[f32], w: &[u8], out: &mut [f32]) {
        assert_eq!(w.len(), x.len() * out.len());
        // SAFETY: only installed when `supported()`; every row read lies within `w` (checked).
        unsafe { gemv_u8_avx2(x, w, out) }
    }

    /// As [`gemv_f32_avx2`]: each output summed in the same order wherever it sits.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn gemv_u8_avx2(x: &[f32], w: &[u8], out: &mut [f32]) {
        let n = x.len();
        let (px, pw) = (x.as_ptr(), w.as_ptr());
        let groups = out.len() / 4;
        // SAFETY: the safe wrapper checked w.len() == n × out.len(): every row pointer starts a
        // row of n bytes inside `w`; the CPU features were detected before installing.
        unsafe {
            for g in 0..groups {
                let v = rows_u8(px, [0, 1, 2, 3].map(|r| pw.add((4 * g + r) * n)), n);
                out[4 * g..4 * g + 4].copy_from_slice(&v);
            }
            for (o, y) in out.iter_mut().enumerate().skip(4 * groups) {
                *y = rows_u8(px, [pw.add(o * n)], n)[0];
            }
        }
    }

    /// `x · row` for `R` rows of `n` bytes widened to f32: one 8-lane accumulator per row,
    /// summed horizontally, then the remaining products one by one.
    ///
    /// # Safety
    /// `x` (f32) and every row (bytes) must be readable for `n` values; AVX2 and FMA present.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn rows_u8<const R: usize>(px: *const f32, rows: [*const u8; R], n: usize) -> [f32; R] {
        let mut acc = [_mm256_setzero_ps(); R];
        let mut i = 0;
        // SAFETY: the caller guarantees n readable values at `px` and at every row.
        unsafe {
            while i + 8 <= n {
                let xv = _mm256_loadu_ps(px.add(i));
                for (acc, row) in acc.iter_mut().zip(rows) {
                    let wv = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_loadl_epi64(row.add(i) as *const __m128i)));
                    *acc = _mm256_fmadd_ps(xv, wv, *acc);
                }
                i += 8;
            }
            std::array::from_fn(|r| {
                let mut v = hsum(acc[r]);
                for j in i..n {
                    v += *px.add(j) * *rows[r].add(j) as f32;
                }
                v
            })
        }
    }

    fn range(x: &[f32]) -> (f32, f32) {
        // SAFETY: only installed when `supported()`; loads stay within `x`.
        unsafe { range_avx(x) }
    }

    /// `vminps(v, acc)` returns `acc` when `v` is NaN: NaN is skipped as `f32::min` skips it.
    #[target_feature(enable = "avx2")]
    unsafe fn range_avx(x: &[f32]) -> (f32, f32) {
        let n = x.len();
        let px = x.as_ptr();
        let (mut lo, mut hi) = (_mm256_setzero_ps(), _mm256_setzero_ps());
        let mut i = 0;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            while i + 8 <= n {
                let v = _mm256_loadu_ps(px.add(i));
                lo = _mm256_min_ps(v, lo);
                hi = _mm256_max_ps(v, hi);
                i += 8;
            }
        }
        let (mut l, mut h) = ([0f32; 8], [0f32; 8]);
        // SAFETY: eight-float stores into eight-float arrays.
        unsafe {
            _mm256_storeu_ps(l.as_mut_ptr(), lo);
            _mm256_storeu_ps(h.as_mut_ptr(), hi);
        }
        let (tl, th) = super::scalar::range(&x[i..]);
        (l.iter().fold(tl, |a, &b| a.min(b)), h.iter().fold(th, |a, &b| a.max(b)))
    }

    fn quantize(x: &[f32], scale: f32, zero: i32, q: &mut [i8]) {
        assert_eq!(x.len(), q.len());
        // SAFETY: only installed when `supported()`; loads and stores stay within `x`/`q`.
        unsafe { quantize_avx2(x, scale, zero, q) }
    }

    /// `x / scale` rounded by `vcvtps2dq` under the default MXCSR mode (round half to even), as
    /// the scalar `round_ties_even`; the clamp to 0..=255 happens in f32 first, like the
    /// reference, so huge values and NaN land where the scalar path puts them.
    #[target_feature(enable = "avx2")]
    unsafe fn quantize_avx2(x: &[f32], scale: f32, zero: i32, q: &mut [i8]) {
        let n = x.len();
        let (px, pq) = (x.as_ptr(), q.as_mut_ptr());
        let (vs, vz) = (_mm256_set1_ps(scale), _mm256_set1_ps(zero as f32));
        let (lo, hi) = (_mm256_setzero_ps(), _mm256_set1_ps(255.0));
        let bias = _mm256_set1_epi32(128);
        let mut i = 0;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            while i + 8 <= n {
                let r = _mm256_round_ps(
                    _mm256_div_ps(_mm256_loadu_ps(px.add(i)), vs),
                    _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC,
                );
                // max/min with the constant as first operand map NaN to the constant's side the
                // way f32::clamp(NaN) does not; NaN activations are garbage either way.
                let c = _mm256_min_ps(_mm256_max_ps(_mm256_add_ps(r, vz), lo), hi);
                let v = _mm256_sub_epi32(_mm256_cvttps_epi32(c), bias);
                let mut lanes = [0i32; 8];
                _mm256_storeu_si256(lanes.as_mut_ptr() as *mut __m256i, v);
                for (j, l) in lanes.iter().enumerate() {
                    *pq.add(i + j) = *l as i8;
                }
                i += 8;
            }
        }
        super::scalar::quantize(&x[i..], scale, zero, &mut q[i..]);
    }

    fn tile_i8_vnni512(q: &[i8], w: &[i8], n: usize, w_sums: &[i32]) -> [[i32; 4]; 4] {
        assert!(q.len() >= 4 * n && w.len() >= 4 * n && w_sums.len() >= 4);
        // SAFETY: only installed when the CPU has AVX-512 VNNI + VL; the four rows of `q` and
        // of `w` lie within the slices (checked).
        unsafe { tile_i8_vnni512_impl(q, w, n, w_sums) }
    }

    /// Sixteen 512-bit accumulators (zmm0–31): each activation load feeds four weight rows and
    /// each weight load four activation rows, 64 bytes per `vpdpbusd`; a 256-bit step and a
    /// scalar tail finish widths that are not multiples of 64.
    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vnni,avx512vl")]
    unsafe fn tile_i8_vnni512_impl(q: &[i8], w: &[i8], n: usize, w_sums: &[i32]) -> [[i32; 4]; 4] {
        let (pq, pw) = (q.as_ptr(), w.as_ptr());
        let flip = _mm512_set1_epi8(-128);
        let mut acc = [[_mm512_setzero_si512(); 4]; 4];
        let (body64, body32) = (n / 64 * 64, n / 32 * 32);
        let mut out = [[0i32; 4]; 4];
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            let mut i = 0;
            while i < body64 {
                let wv = [0, 1, 2, 3].map(|o| _mm512_loadu_si512(pw.add(o * n + i) as *const _));
                for (r, acc) in acc.iter_mut().enumerate() {
                    let av = _mm512_xor_si512(_mm512_loadu_si512(pq.add(r * n + i) as *const _), flip);
                    for (acc, wv) in acc.iter_mut().zip(wv) {
                        *acc = _mm512_dpbusd_epi32(*acc, av, wv);
                    }
                }
                i += 64;
            }
            // Halve to 256 bits and go on in 32-byte steps.
            let flip256 = _mm256_set1_epi8(-128);
            let mut acc256 = acc
                .map(|row| row.map(|v| _mm256_add_epi32(_mm512_castsi512_si256(v), _mm512_extracti64x4_epi64(v, 1))));
            while i < body32 {
                let wv = [0, 1, 2, 3].map(|o| _mm256_loadu_si256(pw.add(o * n + i) as *const __m256i));
                for (r, acc) in acc256.iter_mut().enumerate() {
                    let av = _mm256_xor_si256(_mm256_loadu_si256(pq.add(r * n + i) as *const __m256i), flip256);
                    for (acc, wv) in acc.iter_mut().zip(wv) {
                        *acc = _mm256_dpbusd_epi32(*acc, av, wv);
                    }
                }
                i += 32;
            }
            for (r, out) in out.iter_mut().enumerate() {
                *out = hsum4_i32(acc256[r]);
                for (o, v) in out.iter_mut().enumerate() {
                    let mut tail_w = 0;
                    for j in body32..n {
                        let x = *pw.add(o * n + j) as i32;
                        tail_w += x;
                        *v += *pq.add(r * n + j) as i32 * x;
                    }
                    *v -= 128 * (w_sums[o] - tail_w);
                }
            }
        }
        out
    }

    fn gemv_i8(q: &[i8], w: &[i8], w_sums: &[i32], out: &mut [i32]) {
        let n = q.len();
        assert!(w.len() == n * out.len() && w_sums.len() == out.len());
        // SAFETY: only installed when `supported()`; every row read lies within `w` (checked).
        unsafe { gemv_i8_avx2(q, w, out) }
    }

    #[target_feature(enable = "avx2")]
    unsafe fn gemv_i8_avx2(q: &[i8], w: &[i8], out: &mut [i32]) {
        let n = q.len();
        let (pq, pw) = (q.as_ptr(), w.as_ptr());
        let groups = out.len() / 4;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            for g in 0..groups {
                let rows = [0, 1, 2, 3].map(|r| pw.add((4 * g + r) * n));
                let mut acc = [_mm256_setzero_si256(); 4];
                let mut i = 0;
                while i + 16 <= n {
                    let av = _mm256_cvtepi8_epi16(_mm_loadu_si128(pq.add(i) as *const __m128i));
                    for (acc, row) in acc.iter_mut().zip(rows) {
                        let wv = _mm256_cvtepi8_epi16(_mm_loadu_si128(row.add(i) as *const __m128i));
                        *acc = _mm256_add_epi32(*acc, _mm256_madd_epi16(av, wv));
                    }
                    i += 16;
                }
                let mut v = hsum4_i32(acc);
                for (r, v) in v.iter_mut().enumerate() {
                    for j in i..n {
                        *v += *pq.add(j) as i32 * *rows[r].add(j) as i32;
                    }
                }
                out[4 * g..4 * g + 4].copy_from_slice(&v);
            }
        }
        for o in 4 * groups..out.len() {
            out[o] = dot_i8(q, &w[o * n..][..n]);
        }
    }

    /// The four horizontal sums of `v`, in one transpose-and-add.
    #[target_feature(enable = "avx2")]
    unsafe fn hsum4_i32(v: [__m256i; 4]) -> [i32; 4] {
        let a = _mm256_hadd_epi32(v[0], v[1]);
        let b = _mm256_hadd_epi32(v[2], v[3]);
        let c = _mm256_hadd_epi32(a, b);
        let s = _mm_add_epi32(_mm256_castsi256_si128(c), _mm256_extracti128_si256(c, 1));
        let mut out = [0i32; 4];
        // SAFETY: `out` holds four i32, an unaligned 16-byte store fits.
        unsafe { _mm_storeu_si128(out.as_mut_ptr() as *mut __m128i, s) };
        out
    }

    #[target_feature(enable = "avx2")]
    unsafe fn hsum_i32(v: __m256i) -> i32 {
        let s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
        let s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0b01_00_11_10));
        let s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0b10_11_00_01));
        _mm_cvtsi128_si32(s)
    }

    fn dot_f32_4(a: &[f32], stride: usize, w: &[f32]) -> [f32; 4] {
        assert!(a.len() >= 3 * stride + w.len());
        // SAFETY: only installed when `supported()`; the four rows lie within `a` (checked).
        unsafe { dot_f32_4_avx2(a, stride, w) }
    }

    #[target_feature(enable = "avx2,fma")]
    unsafe fn dot_f32_4_avx2(a: &[f32], stride: usize, w: &[f32]) -> [f32; 4] {
        let n = w.len();
        let (pa, pw) = (a.as_ptr(), w.as_ptr());
        let mut acc = [_mm256_setzero_ps(); 8];
        let mut i = 0;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            while i + 16 <= n {
                let w0 = _mm256_loadu_ps(pw.add(i));
                let w1 = _mm256_loadu_ps(pw.add(i + 8));
                for r in 0..4 {
                    let p = pa.add(r * stride + i);
                    acc[2 * r] = _mm256_fmadd_ps(_mm256_loadu_ps(p), w0, acc[2 * r]);
                    acc[2 * r + 1] = _mm256_fmadd_ps(_mm256_loadu_ps(p.add(8)), w1, acc[2 * r + 1]);
                }
                i += 16;
            }
            let mut out = [0f32; 4];
            for (r, o) in out.iter_mut().enumerate() {
                *o = hsum(_mm256_add_ps(acc[2 * r], acc[2 * r + 1]));
            }
            while i < n {
                for (r, o) in out.iter_mut().enumerate() {
                    *o += *pa.add(r * stride + i) * *pw.add(i);
                }
                i += 1;
            }
            out
        }
    }

    /// The VNNI int8 kernels: `vpdpbusd` multiplies unsigned by signed bytes and sums four
    /// products into i32 without saturation. Activations arrive as `a − 128` (i8): flipping the
    /// sign bit gives the unsigned `a`, and `Σ (q + 128)·w − Σ 128·w = Σ q·w` exactly.
    macro_rules! vnni_kernels {
        ($features:literal, $dpbusd:ident, $dot:ident, $dot_impl:ident, $dot4:ident, $dot4_impl:ident,
         $gemv:ident, $gemv_impl:ident) => {
            fn $gemv(q: &[i8], w: &[i8], w_sums: &[i32], out: &mut [i32]) {
                let n = q.len();
                assert!(w.len() == n * out.len() && w_sums.len() == out.len());
                // SAFETY: only installed when the CPU reports these features; every row read
                // lies within `w` (checked).
                unsafe { $gemv_impl(q, w, w_sums, out) }
            }

            #[target_feature(enable = $features)]
            unsafe fn $gemv_impl(q: &[i8], w: &[i8], w_sums: &[i32], out: &mut [i32]) {
                let n = q.len();
                let (pq, pw) = (q.as_ptr(), w.as_ptr());
                let flip = _mm256_set1_epi8(-128);
                let groups = out.len() / 4;
                let body = n / 32 * 32;
                // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
                // offset below stays within them, and the CPU features were detected before installing.
                unsafe {
                    for g in 0..groups {
                        let rows = [0, 1, 2, 3].map(|r| pw.add((4 * g + r) * n));
                        let mut acc = [_mm256_setzero_si256(); 4];
                        let mut i = 0;
                        while i < body {
                            // (q + 128) as unsigned bytes; Σ (q + 128)·w − 128·Σ w = Σ q·w.
                            let av = _mm256_xor_si256(_mm256_loadu_si256(pq.add(i) as *const __m256i), flip);
                            for (acc, row) in acc.iter_mut().zip(rows) {
                                *acc = $dpbusd(*acc, av, _mm256_loadu_si256(row.add(i) as *const __m256i));
                            }
                            i += 32;
                        }
                        let mut v = hsum4_i32(acc);
                        for (r, v) in v.iter_mut().enumerate() {
                            // The 128·w terms of the vector part, and the tail exactly.
                            let mut body_sum = 0;
                            for j in body..n {
                                let x = *rows[r].add(j) as i32;
                                body_sum += x;
                                *v += *pq.add(j) as i32 * x;
                            }
                            *v -= 128 * (w_sums[4 * g + r] - body_sum);
                        }
                        out[4 * g..4 * g + 4].copy_from_slice(&v);
                    }
                }
                for o in 4 * groups..out.len() {
                    out[o] = $dot(q, &w[o * n..][..n]);
                }
            }

            fn $dot(a: &[i8], b: &[i8]) -> i32 {
                assert_eq!(a.len(), b.len());
                // SAFETY: only installed when the CPU reports these features; loads stay
                // within `a`/`b` (checked).
                unsafe { $dot_impl(a, b) }
            }

            #[target_feature(enable = $features)]
            unsafe fn $dot_impl(a: &[i8], b: &[i8]) -> i32 {
                let n = a.len();
                let (pa, pb) = (a.as_ptr(), b.as_ptr());
                let flip = _mm256_set1_epi8(-128);
                let mut acc = _mm256_setzero_si256();
                let mut corr = _mm256_setzero_si256();
                let mut i = 0;
                // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
                // offset below stays within them, and the CPU features were detected before installing.
                unsafe {
                    while i + 32 <= n {
                        let av = _mm256_loadu_si256(pa.add(i) as *const __m256i);
                        let bv = _mm256_loadu_si256(pb.add(i) as *const __m256i);
                        acc = $dpbusd(acc, _mm256_xor_si256(av, flip), bv);
                        corr = $dpbusd(corr, flip, bv);
                        i += 32;
                    }
                    let mut total = hsum_i32(_mm256_sub_epi32(acc, corr));
                    while i < n {
                        total += *pa.add(i) as i32 * *pb.add(i) as i32;
                        i += 1;
                    }
                    total
                }
            }

            fn $dot4(a: &[i8], stride: usize, w: &[i8]) -> [i32; 4] {
                assert!(a.len() >= 3 * stride + w.len());
                // SAFETY: only installed when the CPU reports these features; the four rows lie
                // within `a` (checked).
                unsafe { $dot4_impl(a, stride, w) }
            }

            #[target_feature(enable = $features)]
            unsafe fn $dot4_impl(a: &[i8], stride: usize, w: &[i8]) -> [i32; 4] {
                let n = w.len();
                let (pa, pw) = (a.as_ptr(), w.as_ptr());
                let flip = _mm256_set1_epi8(-128);
                let mut acc = [_mm256_setzero_si256(); 4];
                let mut corr = _mm256_setzero_si256();
                let mut i = 0;
                // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
                // offset below stays within them, and the CPU features were detected before installing.
                unsafe {
                    while i + 32 <= n {
                        let wv = _mm256_loadu_si256(pw.add(i) as *const __m256i);
                        corr = $dpbusd(corr, flip, wv);
                        for (r, acc) in acc.iter_mut().enumerate() {
                            let av = _mm256_loadu_si256(pa.add(r * stride + i) as *const __m256i);
                            *acc = $dpbusd(*acc, _mm256_xor_si256(av, flip), wv);
                        }
                        i += 32;
                    }
                    let mut out = acc.map(|v| hsum_i32(_mm256_sub_epi32(v, corr)));
                    while i < n {
                        for (r, o) in out.iter_mut().enumerate() {
                            *o += *pa.add(r * stride + i) as i32 * *pw.add(i) as i32;
                        }
                        i += 1;
                    }
                    out
                }
            }
        };
    }

    #[target_feature(enable = "avx512vnni,avx512vl")]
    fn dpbusd512(acc: __m256i, a: __m256i, b: __m256i) -> __m256i {
        _mm256_dpbusd_epi32(acc, a, b)
    }

    #[target_feature(enable = "avxvnni")]
    fn dpbusd_vex(acc: __m256i, a: __m256i, b: __m256i) -> __m256i {
        _mm256_dpbusd_avx_epi32(acc, a, b)
    }

    vnni_kernels!(
        "avx2,avx512vnni,avx512vl",
        dpbusd512,
        dot_i8_vnni512,
        dot_i8_vnni512_impl,
        dot_i8_4_vnni512,
        dot_i8_4_vnni512_impl,
        gemv_i8_vnni512,
        gemv_i8_vnni512_impl
    );
    vnni_kernels!(
        "avx2,avxvnni",
        dpbusd_vex,
        dot_i8_vnni,
        dot_i8_vnni_impl,
        dot_i8_4_vnni,
        dot_i8_4_vnni_impl,
        gemv_i8_vnni,
        gemv_i8_vnni_impl
    );

    #[target_feature(enable = "avx")]
    unsafe fn hsum(v: __m256) -> f32 {
        let lo = _mm256_castps256_ps128(v);
        let hi = _mm256_extractf128_ps(v, 1);
        let s = _mm_add_ps(lo, hi);
        let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
        let s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 0x55));
        _mm_cvtss_f32(s)
    }

    fn dot_f32(a: &[f32], b: &[f32]) -> f32 {
        assert_eq!(a.len(), b.len());
        // SAFETY: only installed when `supported()`; every load is within `a`/`b` (checked above).
        unsafe { dot_f32_avx2(a, b) }
    }

    #[target_feature(enable = "avx2,fma")]
    unsafe fn dot_f32_avx2(a: &[f32], b: &[f32]) -> f32 {
        let n = a.len();
        let (pa, pb) = (a.as_ptr(), b.as_ptr());
        let mut acc = [_mm256_setzero_ps(); 4];
        let mut i = 0;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            while i + 32 <= n {
                for (k, acc) in acc.iter_mut().enumerate() {
                    *acc =
                        _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i + 8 * k)), _mm256_loadu_ps(pb.add(i + 8 * k)), *acc);
                }
                i += 32;
            }
            while i + 8 <= n {
                acc[0] = _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i)), _mm256_loadu_ps(pb.add(i)), acc[0]);
                i += 8;
            }
            let mut s = hsum(_mm256_add_ps(_mm256_add_ps(acc[0], acc[1]), _mm256_add_ps(acc[2], acc[3])));
            while i < n {
                s += *pa.add(i) * *pb.add(i);
                i += 1;
            }
            s
        }
    }

    fn dot_f16(a: &[f32], b: &[f16]) -> f32 {
        assert_eq!(a.len(), b.len());
        // SAFETY: as for dot_f32.
        unsafe { dot_f16_avx2(a, b) }
    }

    #[target_feature(enable = "avx2,fma,f16c")]
    unsafe fn dot_f16_avx2(a: &[f32], b: &[f16]) -> f32 {
        let n = a.len();
        let (pa, pb) = (a.as_ptr(), b.as_ptr() as *const u16);
        let mut acc0 = _mm256_setzero_ps();
        let mut acc1 = _mm256_setzero_ps();
        let mut i = 0;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            while i + 16 <= n {
                let w0 = _mm256_cvtph_ps(_mm_loadu_si128(pb.add(i) as *const __m128i));
                let w1 = _mm256_cvtph_ps(_mm_loadu_si128(pb.add(i + 8) as *const __m128i));
                acc0 = _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i)), w0, acc0);
                acc1 = _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i + 8)), w1, acc1);
                i += 16;
            }
            let mut s = hsum(_mm256_add_ps(acc0, acc1));
            while i < n {
                s += *pa.add(i) * f16::from_bits(*pb.add(i)).to_f32();
                i += 1;
            }
            s
        }
    }

    fn dot_i8(a: &[i8], b: &[i8]) -> i32 {
        assert_eq!(a.len(), b.len());
        // SAFETY: as for dot_f32.
        unsafe { dot_i8_avx2(a, b) }
    }

    #[target_feature(enable = "avx2")]
    unsafe fn dot_i8_avx2(a: &[i8], b: &[i8]) -> i32 {
        let n = a.len();
        let (pa, pb) = (a.as_ptr(), b.as_ptr());
        let mut acc0 = _mm256_setzero_si256();
        let mut acc1 = _mm256_setzero_si256();
        let mut i = 0;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            while i + 32 <= n {
                let a0 = _mm256_cvtepi8_epi16(_mm_loadu_si128(pa.add(i) as *const __m128i));
                let b0 = _mm256_cvtepi8_epi16(_mm_loadu_si128(pb.add(i) as *const __m128i));
                let a1 = _mm256_cvtepi8_epi16(_mm_loadu_si128(pa.add(i + 16) as *const __m128i));
                let b1 = _mm256_cvtepi8_epi16(_mm_loadu_si128(pb.add(i + 16) as *const __m128i));
                acc0 = _mm256_add_epi32(acc0, _mm256_madd_epi16(a0, b0));
                acc1 = _mm256_add_epi32(acc1, _mm256_madd_epi16(a1, b1));
                i += 32;
            }
            let acc = _mm256_add_epi32(acc0, acc1);
            let s = _mm_add_epi32(_mm256_castsi256_si128(acc), _mm256_extracti128_si256(acc, 1));
            let s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0b01_00_11_10));
            let s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0b10_11_00_01));
            let mut total = _mm_cvtsi128_si32(s);
            while i < n {
                total += *pa.add(i) as i32 * *pb.add(i) as i32;
                i += 1;
            }
            total
        }
    }

    fn dot_u8(a: &[f32], b: &[u8]) -> f32 {
        assert_eq!(a.len(), b.len());
        // SAFETY: only installed when `supported()`; every load is within `a`/`b` (checked above).
        unsafe { dot_u8_avx2(a, b) }
    }

    #[target_feature(enable = "avx2,fma")]
    unsafe fn dot_u8_avx2(a: &[f32], b: &[u8]) -> f32 {
        let n = a.len();
        let (pa, pb) = (a.as_ptr(), b.as_ptr());
        let mut acc0 = _mm256_setzero_ps();
        let mut acc1 = _mm256_setzero_ps();
        let mut i = 0;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            while i + 16 <= n {
                let w0 = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_loadl_epi64(pb.add(i) as *const __m128i)));
                let w1 = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_loadl_epi64(pb.add(i + 8) as *const __m128i)));
                acc0 = _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i)), w0, acc0);
                acc1 = _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i + 8)), w1, acc1);
                i += 16;
            }
            let mut s = hsum(_mm256_add_ps(acc0, acc1));
            while i < n {
                s += *pa.add(i) * *pb.add(i) as f32;
                i += 1;
            }
            s
        }
    }

    fn dot_q4(a: &[f32], q: &[u8], scales: &[f32], zeros: &[u8], block: usize) -> f32 {
        assert!(block >= 32 && block.is_multiple_of(32) && a.len().is_multiple_of(block));
        assert!(q.len() * 2 == a.len() && scales.len() * block == a.len() && zeros.len() == scales.len());
        // SAFETY: only installed when `supported()`; the asserts above keep every block's 16-byte
        // load of `q` and 32-float load of `a` within the slices.
        unsafe { dot_q4_avx2(a, q, scales, zeros, block) }
    }

    #[target_feature(enable = "avx2,fma")]
    unsafe fn dot_q4_avx2(a: &[f32], q: &[u8], scales: &[f32], zeros: &[u8], block: usize) -> f32 {
        let (pa, pq) = (a.as_ptr(), q.as_ptr());
        let low = _mm_set1_epi8(0x0f);
        let mut total = _mm256_setzero_ps();
        let mut i = 0;
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            for (&scale, &zero) in scales.iter().zip(zeros) {
                let z = _mm_set1_epi8(zero as i8);
                let mut acc0 = _mm256_setzero_ps();
                let mut acc1 = _mm256_setzero_ps();
                for _ in 0..block / 32 {
                    let bytes = _mm_loadu_si128(pq.add(i / 2) as *const __m128i);
                    let lo = _mm_and_si128(bytes, low);
                    let hi = _mm_and_si128(_mm_srli_epi16(bytes, 4), low);
                    // Elements 0..16 and 16..32 in order, zero point removed: -15..15.
                    let e0 = _mm_sub_epi8(_mm_unpacklo_epi8(lo, hi), z);
                    let e1 = _mm_sub_epi8(_mm_unpackhi_epi8(lo, hi), z);
                    let w = [
                        _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(e0)),
                        _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(e0, 8))),
                        _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(e1)),
                        _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(e1, 8))),
                    ];
                    acc0 = _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i)), w[0], acc0);
                    acc1 = _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i + 8)), w[1], acc1);
                    acc0 = _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i + 16)), w[2], acc0);
                    acc1 = _mm256_fmadd_ps(_mm256_loadu_ps(pa.add(i + 24)), w[3], acc1);
                    i += 32;
                }
                total = _mm256_fmadd_ps(_mm256_add_ps(acc0, acc1), _mm256_set1_ps(scale), total);
            }
            hsum(total)
        }
    }

    /// One 32-weight group of `dot_q4_avx2`: the 32 weights at `pq` minus the zero point, as
    /// four vectors of eight f32 (elements 0..8, 8..16, 16..24, 24..32).
    ///
    /// # Safety
    /// 16 bytes readable at `pq`; AVX2 present.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    unsafe fn q4_group(pq: *const u8, z: __m128i) -> [__m256; 4] {
        let low = _mm_set1_epi8(0x0f);
        // SAFETY: the caller guarantees 16 readable bytes.
        let bytes = unsafe { _mm_loadu_si128(pq as *const __m128i) };
        let lo = _mm_and_si128(bytes, low);
        let hi = _mm_and_si128(_mm_srli_epi16(bytes, 4), low);
        let e0 = _mm_sub_epi8(_mm_unpacklo_epi8(lo, hi), z);
        let e1 = _mm_sub_epi8(_mm_unpackhi_epi8(lo, hi), z);
        [
            _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(e0)),
            _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(e0, 8))),
            _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(e1)),
            _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(e1, 8))),
        ]
    }

    fn dot_q4_4(a: &[f32], stride: usize, q: &[u8], scales: &[f32], zeros: &[u8], block: usize) -> [f32; 4] {
        let n = 2 * q.len();
        assert!(block >= 32 && block.is_multiple_of(32) && n.is_multiple_of(block));
        assert!(scales.len() * block == n && zeros.len() == scales.len() && a.len() >= 3 * stride + n);
        // SAFETY: only installed when `supported()`; the asserts keep every row's reads within
        // `a` and every group's 16-byte load within `q`.
        unsafe { dot_q4_4_avx2(a.as_ptr(), stride, q, scales, zeros, block) }
    }

    /// `dot_q4_avx2` for four rows at once: per row the same operations in the same order
    /// (two accumulators per block, then `total += (acc0 + acc1) · scale`), each weight group
    /// dequantised once.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn dot_q4_4_avx2(
        pa: *const f32,
        stride: usize,
        q: &[u8],
        scales: &[f32],
        zeros: &[u8],
        block: usize,
    ) -> [f32; 4] {
        let pq = q.as_ptr();
        let mut total = [_mm256_setzero_ps(); 4];
        let mut i = 0;
        // SAFETY: the safe wrapper checked that rows r·stride + i + 32 ≤ a.len() for every
        // group read here and that q holds n/2 bytes.
        unsafe {
            for (&scale, &zero) in scales.iter().zip(zeros) {
                let z = _mm_set1_epi8(zero as i8);
                let mut acc0 = [_mm256_setzero_ps(); 4];
                let mut acc1 = [_mm256_setzero_ps(); 4];
                for _ in 0..block / 32 {
                    let w = q4_group(pq.add(i / 2), z);
                    for r in 0..4 {
                        let x = pa.add(r * stride + i);
                        acc0[r] = _mm256_fmadd_ps(_mm256_loadu_ps(x), w[0], acc0[r]);
                        acc1[r] = _mm256_fmadd_ps(_mm256_loadu_ps(x.add(8)), w[1], acc1[r]);
                        acc0[r] = _mm256_fmadd_ps(_mm256_loadu_ps(x.add(16)), w[2], acc0[r]);
                        acc1[r] = _mm256_fmadd_ps(_mm256_loadu_ps(x.add(24)), w[3], acc1[r]);
                    }
                    i += 32;
                }
                let s = _mm256_set1_ps(scale);
                for r in 0..4 {
                    total[r] = _mm256_fmadd_ps(_mm256_add_ps(acc0[r], acc1[r]), s, total[r]);
                }
            }
            total.map(|t| hsum(t))
        }
    }

    fn gemv_q4(x: &[f32], q: &[u8], scales: &[f32], zeros: &[u8], block: usize, out: &mut [f32]) {
        let n = x.len();
        assert!(block >= 32 && block.is_multiple_of(32) && n.is_multiple_of(block));
        let blocks = n / block;
        assert!(q.len() == out.len() * n / 2 && scales.len() == out.len() * blocks && zeros.len() == scales.len());
        // SAFETY: only installed when `supported()`; the asserts keep every output's reads of
        // q/scales/zeros and every 32-float load of `x` within the slices.
        unsafe { gemv_q4_avx2(x, q, scales, zeros, block, out) }
    }

    /// Four outputs at a time, each summed exactly as `dot_q4_avx2` sums it (the same
    /// operations in the same order), the rest one by one.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn gemv_q4_avx2(x: &[f32], q: &[u8], scales: &[f32], zeros: &[u8], block: usize, out: &mut [f32]) {
        let (n, px, pq) = (x.len(), x.as_ptr(), q.as_ptr());
        let blocks = n / block;
        let groups = out.len() / 4;
        // SAFETY: the safe wrapper checked the lengths: output o's bytes are q[o·n/2..][..n/2],
        // its scales and zeros [o·blocks..][..blocks]; x holds n floats.
        unsafe {
            for g in 0..groups {
                let mut total = [_mm256_setzero_ps(); 4];
                for b in 0..blocks {
                    let mut acc0 = [_mm256_setzero_ps(); 4];
                    let mut acc1 = [_mm256_setzero_ps(); 4];
                    for sub in 0..block / 32 {
                        let i = b * block + 32 * sub;
                        let xv = pa4(px.add(i));
                        for r in 0..4 {
                            let o = 4 * g + r;
                            let w = q4_group(pq.add(o * n / 2 + i / 2), _mm_set1_epi8(zeros[o * blocks + b] as i8));
                            acc0[r] = _mm256_fmadd_ps(xv[0], w[0], acc0[r]);
                            acc1[r] = _mm256_fmadd_ps(xv[1], w[1], acc1[r]);
                            acc0[r] = _mm256_fmadd_ps(xv[2], w[2], acc0[r]);
                            acc1[r] = _mm256_fmadd_ps(xv[3], w[3], acc1[r]);
                        }
                    }
                    for r in 0..4 {
                        let s = _mm256_set1_ps(scales[(4 * g + r) * blocks + b]);
                        total[r] = _mm256_fmadd_ps(_mm256_add_ps(acc0[r], acc1[r]), s, total[r]);
                    }
                }
                for r in 0..4 {
                    out[4 * g + r] = hsum(total[r]);
                }
            }
        }
        for (o, y) in out.iter_mut().enumerate().skip(4 * groups) {
            *y = dot_q4(
                x,
                &q[o * n / 2..][..n / 2],
                &scales[o * blocks..][..blocks],
                &zeros[o * blocks..][..blocks],
                block,
            );
        }
    }

    /// Four outputs at a time (the outputs after the last eight of `gemv_q4q8_x8` and kin):
    /// per 32-input group each output's 16 weight bytes are split into low nibbles (the group's
    /// even inputs) and high nibbles (odd inputs) and multiplied with the activations by
    /// `vpmaddubsw` (unsigned nibble × signed byte: at most 2·15·127 per pair, no saturation),
    /// the four outputs' sums reduced together; the zero-point and float steps are the scalar
    /// reference's, in its order.
    #[allow(clippy::too_many_arguments)]
    #[target_feature(enable = "avx2,fma")]
    unsafe fn gemv_q4q8_avx2(
        xq: &[i8],
        xs: &[f32],
        xsum: &[i32],
        q: &[u8],
        scales: &[f32],
        zeros: &[u8],
        block: usize,
        out: &mut [f32],
    ) {
        let n = xq.len();
        let (blocks, groups, per) = (n / block, n / super::Q8_GROUP, block / super::Q8_GROUP);
        let quads = out.len() / 4;
        let (px, pq) = (xq.as_ptr(), q.as_ptr());
        // SAFETY: the checked lengths: xq holds `groups` groups of 32, output o's bytes are
        // q[o·n/2..][..n/2], its scales and zeros [o·blocks..][..blocks].
        unsafe {
            let mask = _mm_set1_epi8(0x0F);
            let ones = _mm256_set1_epi16(1);
            for g in 0..quads {
                let o = 4 * g;
                let mut acc = _mm_setzero_ps();
                for c in 0..groups {
                    let b = c / per;
                    let xv = _mm256_loadu_si256(px.add(c * 32) as *const __m256i);
                    let mut s = [_mm256_setzero_si256(); 4];
                    for (r, s) in s.iter_mut().enumerate() {
                        let qb = _mm_loadu_si128(pq.add((o + r) * n / 2 + c * 16) as *const __m128i);
                        let lo = _mm_and_si128(qb, mask);
                        let hi = _mm_and_si128(_mm_srli_epi16(qb, 4), mask);
                        let w = _mm256_set_m128i(hi, lo);
                        *s = _mm256_madd_epi16(_mm256_maddubs_epi16(w, xv), ones);
                    }
                    let h = _mm256_hadd_epi32(_mm256_hadd_epi32(s[0], s[1]), _mm256_hadd_epi32(s[2], s[3]));
                    let sum = _mm_add_epi32(_mm256_castsi256_si128(h), _mm256_extracti128_si256(h, 1));
                    let z = _mm_set_epi32(
                        zeros[(o + 3) * blocks + b] as i32,
                        zeros[(o + 2) * blocks + b] as i32,
                        zeros[(o + 1) * blocks + b] as i32,
                        zeros[o * blocks + b] as i32,
                    );
                    let int = _mm_sub_epi32(sum, _mm_mullo_epi32(z, _mm_set1_epi32(xsum[c])));
                    let sc = _mm_set_ps(
                        scales[(o + 3) * blocks + b],
                        scales[(o + 2) * blocks + b],
                        scales[(o + 1) * blocks + b],
                        scales[o * blocks + b],
                    );
                    let d = _mm_mul_ps(sc, _mm_set1_ps(xs[c]));
                    acc = _mm_add_ps(acc, _mm_mul_ps(_mm_cvtepi32_ps(int), d));
                }
                _mm_storeu_ps(out.as_mut_ptr().add(o), acc);
            }
        }
        for (o, y) in out.iter_mut().enumerate().skip(4 * quads) {
            *y = super::scalar::dot_q4q8(
                xq,
                xs,
                xsum,
                &q[o * n / 2..][..n / 2],
                &scales[o * blocks..][..blocks],
                &zeros[o * blocks..][..blocks],
                block,
            );
        }
    }

    /// The q4 × int8 product eight outputs at a time, per 32-input group: outputs `p` and `p + 4`
    /// share a register (16 weight bytes each), its low nibbles (the group's even inputs) and
    /// high nibbles (odd inputs) multiplied with the 16 even and 16 odd activations broadcast to
    /// both halves by `$pair` (`vpdpbusd` twice, or `vpmaddubsw` twice + `vpmaddwd`: nibble ×
    /// int8 pairs sum to at most 4·15·127, no saturation). Three `vphaddd` then leave output
    /// `o + j` in lane `j`, so the zero point and float steps run on eight outputs at once, in
    /// the scalar reference's order (bit-identical). Each group's weights are unpacked once for
    /// `R` activation rows (beams, a sentence's tokens). Half the instructions per weight of
    /// `gemv_q4q8_avx2`, whose four-output form takes the remaining outputs.
    macro_rules! q4q8_x8_kernel {
        ($features:literal, $pair:ident, $gemv:ident, $gemm:ident, $rows_impl:ident) => {
            q4q8_entry_points!($gemv, $gemm, $rows_impl);

            /// `R` rows of `n = q.len() / outs · 2` values at `xq[r·n..]`; output o of row r
            /// to `out.add(r·ld + o)`.
            #[allow(clippy::too_many_arguments)]
            #[target_feature(enable = $features)]
            unsafe fn $rows_impl<const R: usize>(
                xq: &[i8],
                xs: &[f32],
                xsum: &[i32],
                q: &[u8],
                scales: &[f32],
                zeros: &[u8],
                block: usize,
                outs: usize,
                out: *mut f32,
                ld: usize,
            ) {
                let n = 2 * q.len() / outs.max(1);
                let (blocks, groups, per) = (n / block, n / super::Q8_GROUP, block / super::Q8_GROUP);
                let (octets, bytes) = (outs / 8, n / 2);
                let (px, pq) = (xq.as_ptr(), q.as_ptr());
                // SAFETY: the callers' checks: row r's groups are xq[r·n..][..n] and
                // xs/xsum[r·groups..][..groups], output o's bytes q[o·n/2..][..n/2] (16 per
                // group), its scales and zeros [o·blocks..][..blocks]; `out` as the callers say.
                unsafe {
                    let mask = _mm256_set1_epi8(0x0F);
                    for t in 0..octets {
                        let o = 8 * t;
                        let mut acc = [_mm256_setzero_ps(); R];
                        // Symmetric files (every zero point 8, as MatMulNBits writes them
                        // without zero points) skip the zero points' gather: same arithmetic.
                        let symmetric = all_eight(&zeros[o * blocks..(o + 8) * blocks]);
                        let (mut z, mut sc) = (_mm256_set1_epi32(8), _mm256_setzero_ps());
                        // One scale per group (32-value blocks, as transformers.js and
                        // onnxruntime write them): the eight outputs' scales of eight groups
                        // are eight loads and a transpose, not 64 scalar loads (measured on an
                        // AMD EPYC: opus-size q4 greedy step 1.38–1.42 → 1.34–1.36 ms).
                        let transposed = per == 1 && groups % 8 == 0;
                        let mut eight = [_mm256_setzero_ps(); 8];
                        for c in 0..groups {
                            if transposed {
                                if c % 8 == 0 {
                                    // Output o + j's scales of blocks c .. c + 8 (blocks =
                                    // groups, a multiple of 8, so inside its row).
                                    let ps = scales.as_ptr().add(o * blocks + c);
                                    eight = transpose8(std::array::from_fn(|j| _mm256_loadu_ps(ps.add(j * blocks))));
                                }
                                sc = eight[c % 8];
                            }
                            if c % per == 0 {
                                let b = c / per;
                                let (pz, ps) =
                                    (zeros.as_ptr().add(o * blocks + b), scales.as_ptr().add(o * blocks + b));
                                if !symmetric {
                                    z = _mm256_setr_epi32(
                                        *pz as i32,
                                        *pz.add(blocks) as i32,
                                        *pz.add(2 * blocks) as i32,
                                        *pz.add(3 * blocks) as i32,
                                        *pz.add(4 * blocks) as i32,
                                        *pz.add(5 * blocks) as i32,
                                        *pz.add(6 * blocks) as i32,
                                        *pz.add(7 * blocks) as i32,
                                    );
                                }
                                // The eight outputs' scales of block b, `blocks` apart (a
                                // `vgatherdps` measured slower on an AMD EPYC: 3.9 vs 1.7 ms
                                // per opus-mt-size step with a 4-bit output projection).
                                if !transposed {
                                    sc = _mm256_setr_ps(
                                        *ps,
                                        *ps.add(blocks),
                                        *ps.add(2 * blocks),
                                        *ps.add(3 * blocks),
                                        *ps.add(4 * blocks),
                                        *ps.add(5 * blocks),
                                        *ps.add(6 * blocks),
                                        *ps.add(7 * blocks),
                                    );
                                }
                            }
                            // The next eight outputs' weights and scales, 128 and 32/per bytes of
                            // them per group (see `vnni512_block`); past the end of `q` or
                            // `scales` the addresses lie outside them: prefetches never fault.
                            let next = pq.wrapping_add((o + 8) * bytes + c * 128);
                            _mm_prefetch::<_MM_HINT_T0>(next as *const i8);
                            _mm_prefetch::<_MM_HINT_T0>(next.wrapping_add(64) as *const i8);
                            _mm_prefetch::<_MM_HINT_T0>(
                                scales.as_ptr().wrapping_add((o + 8) * blocks).cast::<u8>().wrapping_add(c * 32 / per)
                                    as *const i8,
                            );
                            // Output o + r's 16 bytes of group c: p0 + r·bytes (r < 4), p4 + … .
                            let p0 = pq.add(o * bytes + c * 16);
                            let p4 = p0.add(4 * bytes);
                            let w: [(__m256i, __m256i); 4] = std::array::from_fn(|p| {
                                let v = _mm256_loadu2_m128i(
                                    p4.add(p * bytes) as *const __m128i,
                                    p0.add(p * bytes) as *const __m128i,
                                );
                                (_mm256_and_si256(v, mask), _mm256_and_si256(_mm256_srli_epi16(v, 4), mask))
                            });
                            for (r, acc) in acc.iter_mut().enumerate() {
                                let pr = px.add(r * n + c * 32);
                                let xe = _mm256_broadcastsi128_si256(_mm_loadu_si128(pr as *const __m128i));
                                let xo = _mm256_broadcastsi128_si256(_mm_loadu_si128(pr.add(16) as *const __m128i));
                                let s = w.map(|(lo, hi)| $pair(lo, xe, hi, xo));
                                let h = _mm256_hadd_epi32(_mm256_hadd_epi32(s[0], s[1]), _mm256_hadd_epi32(s[2], s[3]));
                                let g = r * groups + c;
                                let int = _mm256_sub_epi32(h, _mm256_mullo_epi32(z, _mm256_set1_epi32(xsum[g])));
                                let d = _mm256_mul_ps(sc, _mm256_set1_ps(xs[g]));
                                *acc = _mm256_add_ps(*acc, _mm256_mul_ps(_mm256_cvtepi32_ps(int), d));
                            }
                        }
                        for (r, acc) in acc.iter().enumerate() {
                            _mm256_storeu_ps(out.add(r * ld + o), *acc);
                        }
                    }
                    let o = 8 * octets;
                    for r in 0..R {
                        // The same features (AVX2 + FMA are part of every set using this
                        // macro) and checked slices, cut at output o; row r's outputs from o.
                        gemv_q4q8_avx2(
                            &xq[r * n..][..n],
                            &xs[r * groups..][..groups],
                            &xsum[r * groups..][..groups],
                            &q[o * bytes..],
                            &scales[o * blocks..],
                            &zeros[o * blocks..],
                            block,
                            std::slice::from_raw_parts_mut(out.add(r * ld + o), outs - o),
                        );
                    }
                }
            }
        };
    }

    /// The 8 × 8 transpose of `r`: lane j of result k is lane k of `r[j]`.
    #[target_feature(enable = "avx2")]
    fn transpose8(r: [__m256; 8]) -> [__m256; 8] {
        let t: [__m256; 8] = std::array::from_fn(|i| {
            let (a, b) = (r[i & !1], r[i | 1]);
            if i % 2 == 0 { _mm256_unpacklo_ps(a, b) } else { _mm256_unpackhi_ps(a, b) }
        });
        // t[0] = a0 b0 a1 b1 | a4 b4 a5 b5, t[1] = a2 b2 a3 b3 | a6 b6 a7 b7 (a, b = r[0], r[1]),
        // t[2], t[3] the same of r[2], r[3], …
        let s: [__m256; 8] = std::array::from_fn(|i| {
            let (q, k) = (i / 4, i % 4);
            let (a, b) = (t[4 * q + k / 2], t[4 * q + 2 + k / 2]);
            if k % 2 == 0 { _mm256_shuffle_ps::<0x44>(a, b) } else { _mm256_shuffle_ps::<0xEE>(a, b) }
        });
        // s[k] (k < 4) = lanes k and k + 4 of r[0..4]; s[4 + k] the same of r[4..8].
        std::array::from_fn(|k| {
            if k < 4 {
                _mm256_permute2f128_ps::<0x20>(s[k], s[4 + k])
            } else {
                _mm256_permute2f128_ps::<0x31>(s[k - 4], s[k])
            }
        })
    }

    /// Whether every byte is 8 (the zero point of symmetric 4-bit blocks), 16 at a time.
    fn all_eight(z: &[u8]) -> bool {
        let (chunks, rest) = z.as_chunks::<16>();
        chunks.iter().all(|c| u128::from_ne_bytes(*c) == u128::from_ne_bytes([8; 16])) && rest.iter().all(|&v| v == 8)
    }

    /// `Σ lo·xe + hi·xo` per 32-bit lane (four products each) on AVX2: nibbles (≤ 15) × int8
    /// pairs by `vpmaddubsw` (≤ 2·15·127 per 16-bit lane), the two added (≤ 7,620) and widened
    /// by `vpmaddwd`.
    #[target_feature(enable = "avx2")]
    fn pair_avx2(lo: __m256i, xe: __m256i, hi: __m256i, xo: __m256i) -> __m256i {
        let p = _mm256_add_epi16(_mm256_maddubs_epi16(lo, xe), _mm256_maddubs_epi16(hi, xo));
        _mm256_madd_epi16(p, _mm256_set1_epi16(1))
    }

    #[target_feature(enable = "avx512vnni,avx512vl")]
    fn pair_vnni512(lo: __m256i, xe: __m256i, hi: __m256i, xo: __m256i) -> __m256i {
        _mm256_dpbusd_epi32(_mm256_dpbusd_epi32(_mm256_setzero_si256(), lo, xe), hi, xo)
    }

    #[target_feature(enable = "avxvnni")]
    fn pair_vex(lo: __m256i, xe: __m256i, hi: __m256i, xo: __m256i) -> __m256i {
        _mm256_dpbusd_avx_epi32(_mm256_dpbusd_avx_epi32(_mm256_setzero_si256(), lo, xe), hi, xo)
    }

    q4q8_x8_kernel!("avx2,fma", pair_avx2, gemv_q4q8_x8, gemm_q4q8_x8, q4q8_x8_rows);
    q4q8_x8_kernel!(
        "avx2,fma,avx512vnni,avx512vl",
        pair_vnni512,
        gemv_q4q8_vnni512,
        gemm_q4q8_vnni512,
        q4q8_vnni512_rows
    );
    q4q8_x8_kernel!("avx2,fma,avxvnni", pair_vex, gemv_q4q8_vnni, gemm_q4q8_vnni, q4q8_vnni_rows);

    /// Four vectors of eight f32 at `p`.
    ///
    /// # Safety
    /// 32 floats readable at `p`; AVX present.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    unsafe fn pa4(p: *const f32) -> [__m256; 4] {
        // SAFETY: the caller guarantees 32 readable floats.
        unsafe { [0, 8, 16, 24].map(|k| _mm256_loadu_ps(p.add(k))) }
    }
}

#[cfg(target_arch = "aarch64")]
mod arm64 {
    use std::arch::aarch64::*;

    use half::f16;
    use half::slice::HalfFloatSliceExt;

    use super::Kernels;

    pub const NEON: Kernels = Kernels {
        name: "aarch64-neon",
        dot_f32,
        dot_f16,
        dot_i8: dot_i8_widening,
        dot_u8: super::scalar::dot_u8,
        dot_q4: super::scalar::dot_q4,
        dot_q4_4: super::scalar::dot_q4_4,
        gemv_q4: super::scalar::gemv_q4,
        gemv_q4q8: gemv_q4q8_widening,
        gemm_q4q8: gemm_q4q8_widening,
        dot_i8_4: dot_i8_4_widening,
        dot_f32_4,
        gemv_i8: gemv_i8_widening,
        tile_i8: tile_i8_widening,
        quantize: super::scalar::quantize,
        range: super::scalar::range,
        gemv_f32: gemv_f32_neon,
        gemv_u8: super::scalar::gemv_u8,
        gemm_i8: super::scalar::gemm_i8,
        packs_i8: false,
    };
    pub const SDOT: Kernels = Kernels {
        name: "aarch64-neon-sdot",
        dot_f32,
        dot_f16,
        dot_i8: dot_i8_sdot,
        dot_u8: super::scalar::dot_u8,
        dot_q4: super::scalar::dot_q4,
        dot_q4_4: super::scalar::dot_q4_4,
        gemv_q4: super::scalar::gemv_q4,
        gemv_q4q8: gemv_q4q8_sdot,
        gemm_q4q8: gemm_q4q8_sdot,
        dot_i8_4: dot_i8_4_sdot,
        dot_f32_4,
        gemv_i8: gemv_i8_sdot,
        tile_i8: tile_i8_sdot,
        quantize: super::scalar::quantize,
        range: super::scalar::range,
        gemv_f32: gemv_f32_neon,
        gemv_u8: super::scalar::gemv_u8,
        gemm_i8: super::scalar::gemm_i8,
        packs_i8: false,
    };

    fn gemv_f32_neon(x: &[f32], w: &[f32], out: &mut [f32]) {
        super::scalar::gemv_with(dot_f32, x, w, out)
    }

    fn tile_i8_widening(q: &[i8], w: &[i8], n: usize, _w_sums: &[i32]) -> [[i32; 4]; 4] {
        super::scalar::tile_i8_with(dot_i8_4_widening, q, w, n)
    }

    fn tile_i8_sdot(q: &[i8], w: &[i8], n: usize, _w_sums: &[i32]) -> [[i32; 4]; 4] {
        super::scalar::tile_i8_with(dot_i8_4_sdot, q, w, n)
    }

    fn gemv_i8_widening(q: &[i8], w: &[i8], _w_sums: &[i32], out: &mut [i32]) {
        super::scalar::gemv_with(dot_i8_widening, q, w, out)
    }

    fn gemv_i8_sdot(q: &[i8], w: &[i8], _w_sums: &[i32], out: &mut [i32]) {
        super::scalar::gemv_with(dot_i8_sdot, q, w, out)
    }

    fn dot_i8_4_widening(a: &[i8], stride: usize, w: &[i8]) -> [i32; 4] {
        super::scalar::dot4_with(dot_i8_widening, a, stride, w)
    }

    fn dot_i8_4_sdot(a: &[i8], stride: usize, w: &[i8]) -> [i32; 4] {
        super::scalar::dot4_with(dot_i8_sdot, a, stride, w)
    }

    fn dot_f32_4(a: &[f32], stride: usize, w: &[f32]) -> [f32; 4] {
        super::scalar::dot4_with(dot_f32, a, stride, w)
    }

    fn dot_f32(a: &[f32], b: &[f32]) -> f32 {
        assert_eq!(a.len(), b.len());
        let n = a.len();
        let (pa, pb) = (a.as_ptr(), b.as_ptr());
        // SAFETY: NEON is part of the aarch64 baseline; loads stay within the slices.
        unsafe {
            let mut acc = [vdupq_n_f32(0.0); 4];
            let mut i = 0;
            while i + 16 <= n {
                for (k, acc) in acc.iter_mut().enumerate() {
                    *acc = vfmaq_f32(*acc, vld1q_f32(pa.add(i + 4 * k)), vld1q_f32(pb.add(i + 4 * k)));
                }
                i += 16;
            }
            while i + 4 <= n {
                acc[0] = vfmaq_f32(acc[0], vld1q_f32(pa.add(i)), vld1q_f32(pb.add(i)));
                i += 4;
            }
            let mut s = vaddvq_f32(vaddq_f32(vaddq_f32(acc[0], acc[1]), vaddq_f32(acc[2], acc[3])));
            while i < n {
                s += *pa.add(i) * *pb.add(i);
                i += 1;
            }
            s
        }
    }

    fn dot_f16(a: &[f32], b: &[f16]) -> f32 {
        assert_eq!(a.len(), b.len());
        let mut buf = [0f32; 64];
        let mut s = 0.0;
        for (ca, cb) in a.chunks(64).zip(b.chunks(64)) {
            let w = &mut buf[..cb.len()];
            cb.convert_to_f32_slice(w);
            s += dot_f32(ca, w);
        }
        s
    }

    fn dot_i8_widening(a: &[i8], b: &[i8]) -> i32 {
        assert_eq!(a.len(), b.len());
        let n = a.len();
        let (pa, pb) = (a.as_ptr(), b.as_ptr());
        // SAFETY: NEON baseline; loads within the slices.
        unsafe {
            let mut acc = vdupq_n_s32(0);
            let mut i = 0;
            while i + 16 <= n {
                let va = vld1q_s8(pa.add(i));
                let vb = vld1q_s8(pb.add(i));
                let lo = vmull_s8(vget_low_s8(va), vget_low_s8(vb));
                let hi = vmull_high_s8(va, vb);
                acc = vpadalq_s16(acc, lo);
                acc = vpadalq_s16(acc, hi);
                i += 16;
            }
            let mut s = vaddvq_s32(acc);
            while i < n {
                s += *pa.add(i) as i32 * *pb.add(i) as i32;
                i += 1;
            }
            s
        }
    }

    q4q8_entry_points!(gemv_q4q8_sdot, gemm_q4q8_sdot, q4q8_rows_sdot);
    q4q8_entry_points!(gemv_q4q8_widening, gemm_q4q8_widening, q4q8_rows_widening);

    /// Four outputs at a time for `R` activation rows: per 32-input group the four outputs'
    /// 16 weight bytes are unpacked once (low nibbles: the group's even inputs, high: odd),
    /// each row's products summed by the given group product into four lanes per output,
    /// and two `addp` steps leave output `o + j` in lane `j`; the scalar reference's
    /// zero-point and float steps then run on the four outputs at once, in its order
    /// (bit-identical). Outputs after the last four: `$tail`, one at a time. Stamped out twice,
    /// so that the `sdot` one alone is compiled for dotprod.
    macro_rules! q4q8_neon_rows {
        ($(#[$attr:meta])* $name:ident, $tail:ident, |$lo:ident, $xe:ident, $hi:ident, $xo:ident| $dot:expr) => {
            $(#[$attr])*
            #[allow(clippy::too_many_arguments)]
            unsafe fn $name<const R: usize>(
                xq: &[i8],
                xs: &[f32],
                xsum: &[i32],
                q: &[u8],
                scales: &[f32],
                zeros: &[u8],
                block: usize,
                outs: usize,
                out: *mut f32,
                ld: usize,
            ) {
                let n = 2 * q.len() / outs.max(1);
                let (blocks, groups, per) = (n / block, n / super::Q8_GROUP, block / super::Q8_GROUP);
                let (quads, bytes) = (outs / 4, n / 2);
                let (px, pq) = (xq.as_ptr(), q.as_ptr());
                // SAFETY: the callers' checks: row r's groups are xq[r·n..][..n] and
                // xs/xsum[r·groups..][..groups], output o's bytes q[o·n/2..][..n/2] (16 per
                // group), its scales and zeros [o·blocks..][..blocks]; `out` as the callers say.
                unsafe {
                    let mask = vdupq_n_u8(0x0F);
                    for t in 0..quads {
                        let o = 4 * t;
                        let mut acc = [vdupq_n_f32(0.0); R];
                        let (mut z, mut sc) = (vdupq_n_s32(0), vdupq_n_f32(0.0));
                        for c in 0..groups {
                            if c % per == 0 {
                                let b = c / per;
                                let at = |j: usize| (o + j) * blocks + b;
                                let zs = [zeros[at(0)] as i32, zeros[at(1)] as i32, zeros[at(2)] as i32, zeros[at(3)] as i32];
                                z = vld1q_s32(zs.as_ptr());
                                let ss = [scales[at(0)], scales[at(1)], scales[at(2)], scales[at(3)]];
                                sc = vld1q_f32(ss.as_ptr());
                            }
                            let mut w = [(vdupq_n_s8(0), vdupq_n_s8(0)); 4];
                            for (p, w) in w.iter_mut().enumerate() {
                                let qb = vld1q_u8(pq.add((o + p) * bytes + c * 16));
                                *w = (vreinterpretq_s8_u8(vandq_u8(qb, mask)), vreinterpretq_s8_u8(vshrq_n_u8(qb, 4)));
                            }
                            for (r, acc) in acc.iter_mut().enumerate() {
                                let $xe = vld1q_s8(px.add(r * n + c * 32));
                                let $xo = vld1q_s8(px.add(r * n + c * 32 + 16));
                                let mut s = [vdupq_n_s32(0); 4];
                                for (s, &($lo, $hi)) in s.iter_mut().zip(w.iter()) {
                                    *s = $dot;
                                }
                                let h = vpaddq_s32(vpaddq_s32(s[0], s[1]), vpaddq_s32(s[2], s[3]));
                                let g = r * groups + c;
                                let int = vsubq_s32(h, vmulq_n_s32(z, xsum[g]));
                                let d = vmulq_n_f32(sc, xs[g]);
                                *acc = vaddq_f32(*acc, vmulq_f32(vcvtq_f32_s32(int), d));
                            }
                        }
                        for (r, acc) in acc.iter().enumerate() {
                            vst1q_f32(out.add(r * ld + o), *acc);
                        }
                    }
                    let o = 4 * quads;
                    for r in 0..R {
                        $tail(
                            &xq[r * n..][..n],
                            &xs[r * groups..][..groups],
                            &xsum[r * groups..][..groups],
                            &q[o * bytes..],
                            &scales[o * blocks..],
                            &zeros[o * blocks..],
                            block,
                            std::slice::from_raw_parts_mut(out.add(r * ld + o), outs - o),
                        );
                    }
                }
            }
        };
    }

    q4q8_neon_rows!(
        #[target_feature(enable = "dotprod")]
        q4q8_rows_sdot,
        gemv_q4q8_neon_sdot,
        |lo, xe, hi, xo| {
            let mut v = vdupq_n_s32(0);
            std::arch::asm!(
                "sdot {acc:v}.4s, {a:v}.16b, {b:v}.16b",
                "sdot {acc:v}.4s, {c:v}.16b, {d:v}.16b",
                acc = inout(vreg) v,
                a = in(vreg) lo,
                b = in(vreg) xe,
                c = in(vreg) hi,
                d = in(vreg) xo,
                options(pure, nomem, nostack),
            );
            v
        }
    );

    q4q8_neon_rows!(q4q8_rows_widening, gemv_q4q8_neon_widening, |lo, xe, hi, xo| {
        // Products of at most 15·127 and pairs of them fit 16 bits.
        let p0 = vmlal_s8(vmull_s8(vget_low_s8(lo), vget_low_s8(xe)), vget_low_s8(hi), vget_low_s8(xo));
        let p1 = vmlal_s8(vmull_s8(vget_high_s8(lo), vget_high_s8(xe)), vget_high_s8(hi), vget_high_s8(xo));
        vpadalq_s16(vpaddlq_s16(p0), p1)
    });

    /// Per output and 32-input group: the 16 weight bytes' low nibbles (even inputs) and high
    /// nibbles (odd inputs) times the activations, by the given group product; then the scalar
    /// reference's zero-point and float steps in its order. Stamped out twice, so that the
    /// `sdot` one alone is compiled for dotprod.
    macro_rules! gemv_q4q8_neon {
        ($(#[$attr:meta])* $name:ident, |$lo:ident, $xe:ident, $hi:ident, $xo:ident| $dot:expr) => {
            $(#[$attr])*
            #[allow(clippy::too_many_arguments)]
            unsafe fn $name(
                xq: &[i8],
                xs: &[f32],
                xsum: &[i32],
                q: &[u8],
                scales: &[f32],
                zeros: &[u8],
                block: usize,
                out: &mut [f32],
            ) {
                let n = xq.len();
                let (blocks, groups, per) = (n / block, n / super::Q8_GROUP, block / super::Q8_GROUP);
                let (px, pq) = (xq.as_ptr(), q.as_ptr());
                // SAFETY: the callers checked the lengths: xq holds `groups` groups of 32,
                // output o's bytes are q[o·n/2..][..n/2], its scales and zeros
                // [o·blocks..][..blocks].
                unsafe {
                    let mask = vdupq_n_u8(0x0F);
                    for (o, y) in out.iter_mut().enumerate() {
                        let mut acc = 0f32;
                        for c in 0..groups {
                            let b = c / per;
                            let $xe = vld1q_s8(px.add(c * 32));
                            let $xo = vld1q_s8(px.add(c * 32 + 16));
                            let qb = vld1q_u8(pq.add(o * n / 2 + c * 16));
                            let $lo = vreinterpretq_s8_u8(vandq_u8(qb, mask));
                            let $hi = vreinterpretq_s8_u8(vshrq_n_u8(qb, 4));
                            let s: i32 = $dot;
                            let int = s - zeros[o * blocks + b] as i32 * xsum[c];
                            acc += int as f32 * (scales[o * blocks + b] * xs[c]);
                        }
                        *y = acc;
                    }
                }
            }
        };
    }

    gemv_q4q8_neon!(
        #[target_feature(enable = "dotprod")]
        gemv_q4q8_neon_sdot,
        |lo, xe, hi, xo| {
            let mut v = vdupq_n_s32(0);
            std::arch::asm!(
                "sdot {acc:v}.4s, {a:v}.16b, {b:v}.16b",
                "sdot {acc:v}.4s, {c:v}.16b, {d:v}.16b",
                acc = inout(vreg) v,
                a = in(vreg) lo,
                b = in(vreg) xe,
                c = in(vreg) hi,
                d = in(vreg) xo,
                options(pure, nomem, nostack),
            );
            vaddvq_s32(v)
        }
    );

    gemv_q4q8_neon!(gemv_q4q8_neon_widening, |lo, xe, hi, xo| {
        // Products of at most 15·127 and pairs of them fit 16 bits.
        let p0 = vmlal_s8(vmull_s8(vget_low_s8(lo), vget_low_s8(xe)), vget_low_s8(hi), vget_low_s8(xo));
        let p1 = vmlal_s8(vmull_s8(vget_high_s8(lo), vget_high_s8(xe)), vget_high_s8(hi), vget_high_s8(xo));
        vaddvq_s32(vpadalq_s16(vpaddlq_s16(p0), p1))
    });

    fn dot_i8_sdot(a: &[i8], b: &[i8]) -> i32 {
        assert_eq!(a.len(), b.len());
        // SAFETY: only installed when the CPU reports dotprod.
        unsafe { dot_i8_sdot_impl(a, b) }
    }

    #[target_feature(enable = "dotprod")]
    unsafe fn dot_i8_sdot_impl(a: &[i8], b: &[i8]) -> i32 {
        let n = a.len();
        let (pa, pb) = (a.as_ptr(), b.as_ptr());
        // SAFETY: the safe wrapper checked the slice lengths this loop relies on; every pointer
        // offset below stays within them, and the CPU features were detected before installing.
        unsafe {
            let mut acc = vdupq_n_s32(0);
            let mut i = 0;
            while i + 16 <= n {
                let va = vld1q_s8(pa.add(i));
                let vb = vld1q_s8(pb.add(i));
                std::arch::asm!(
                    "sdot {acc:v}.4s, {a:v}.16b, {b:v}.16b",
                    acc = inout(vreg) acc,
                    a = in(vreg) va,
                    b = in(vreg) vb,
                    options(pure, nomem, nostack),
                );
                i += 16;
            }
            let mut s = vaddvq_s32(acc);
            while i < n {
                s += *pa.add(i) as i32 * *pb.add(i) as i32;
                i += 1;
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Data = (Vec<f32>, Vec<f32>, Vec<f16>, Vec<i8>, Vec<i8>);

    fn data(n: usize, seed: u32) -> Data {
        let mut x = seed.wrapping_mul(2654435761) | 1;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x
        };
        let a: Vec<f32> = (0..n).map(|_| (next() % 2001) as f32 / 1000.0 - 1.0).collect();
        let b: Vec<f32> = (0..n).map(|_| (next() % 2001) as f32 / 1000.0 - 1.0).collect();
        let h: Vec<f16> = b.iter().map(|&v| f16::from_f32(v)).collect();
        let ia: Vec<i8> = (0..n).map(|_| next() as i8).collect();
        let mut ib: Vec<i8> = (0..n).map(|_| next() as i8).collect();
        if n > 0 {
            ib[0] = -128; // the extreme that overflows naive u8×s8 pair sums
        }
        (a, b, h, ia, ib)
    }

    #[test]
    fn packed_gemm_is_exact_on_every_path() {
        // Row counts that exercise every block size (8, 4, 2, 1 rows) and both panel pairings,
        // extremes included (−128 × −128 everywhere).
        for (n_in, n_out) in
            [(4, 16), (64, 48), (512, 64), (36, 32), (8, 1), (12, 7), (64, 25), (32, 41), (16, 8002), (128, 100)]
        {
            for rows in [1, 2, 3, 5, 8, 12, 13, 17, 25, 31] {
                let (_, _, _, q, w) = data(rows * n_in + n_in * n_out, (rows * 31 + n_in) as u32);
                let (q, w) = (&q[..rows * n_in], &w[rows * n_in..]);
                let mut want = vec![0i32; rows * n_out];
                for r in 0..rows {
                    for o in 0..n_out {
                        want[r * n_out + o] = (SCALAR.dot_i8)(&q[r * n_in..][..n_in], &w[o * n_in..][..n_in]);
                    }
                }
                let w_sums: Vec<i32> = w.chunks_exact(n_in).map(|r| r.iter().map(|&v| v as i32).sum()).collect();
                let packed = pack_i8(w, n_in, n_out);
                let ext = vec![-128i8; rows * n_in];
                let ext_w = pack_i8(&vec![-128i8; n_in * n_out], n_in, n_out);
                for k in available() {
                    let mut got = vec![7i32; rows * n_out];
                    // SAFETY: `got` holds rows × n_out outputs, ld = n_out.
                    unsafe { (k.gemm_i8)(q, rows, &packed, n_in, n_out, &w_sums, got.as_mut_ptr(), n_out) };
                    assert_eq!(got, want, "{} gemm {rows}×{n_in}×{n_out}", k.name);
                    let sums = vec![-128 * n_in as i32; n_out];
                    // SAFETY: as above.
                    unsafe { (k.gemm_i8)(&ext, rows, &ext_w, n_in, n_out, &sums, got.as_mut_ptr(), n_out) };
                    assert!(got.iter().all(|&v| v == 16384 * n_in as i32), "{} gemm extremes", k.name);
                    // A column range written into a wider matrix (a thread's share): the other
                    // columns are left alone.
                    if n_out > 16 {
                        let (o0, o1, ld) = (16, n_out, n_out + 3);
                        let mut wide = vec![-1i32; rows * ld];
                        let part = &packed[n_in * 16..];
                        // SAFETY: rows r < rows, columns o0..o1 of a rows × ld buffer.
                        unsafe {
                            (k.gemm_i8)(q, rows, part, n_in, o1 - o0, &w_sums[o0..], wide.as_mut_ptr().add(o0), ld)
                        };
                        for r in 0..rows {
                            assert!(wide[r * ld..r * ld + o0].iter().all(|&v| v == -1));
                            assert_eq!(&wide[r * ld + o0..r * ld + o1], &want[r * n_out + o0..r * n_out + o1]);
                            assert!(wide[r * ld + o1..(r + 1) * ld].iter().all(|&v| v == -1));
                        }
                    }
                }
            }
        }
        assert!(!packable(6, 16) && packable(8, 8) && packable(8, 32) && !packable(0, 16));
    }

    /// What the shortlist and the q4 layer rely on: a GEMV output does not depend on where it
    /// sits (groups of four or the rest), and the multi-row / multi-output q4 kernels give
    /// `dot_q4`'s value bit for bit.
    #[test]
    fn outputs_do_not_depend_on_their_position() {
        for k in available() {
            for (n, block) in [(32, 32), (64, 32), (96, 32), (128, 64), (512, 32)] {
                let (a, b, _, ia, _) = data(4 * n + 8, n as u32);
                let x = &a[..n];
                for outs in [1, 4, 5, 9] {
                    let wf: Vec<f32> = (0..outs * n).map(|j| b[j % b.len()] * (1.0 + j as f32 * 1e-3)).collect();
                    let wu: Vec<u8> = (0..outs * n).map(|j| (ia[j % ia.len()] as u8).wrapping_add(j as u8)).collect();
                    let (mut gf, mut gu) = (vec![0f32; outs], vec![0f32; outs]);
                    (k.gemv_f32)(x, &wf, &mut gf);
                    (k.gemv_u8)(x, &wu, &mut gu);
                    let blocks = n / block;
                    let q: Vec<u8> = (0..outs * n / 2)
                        .map(|j| (ia[j % ia.len()] as u8).wrapping_mul(31).wrapping_add(j as u8))
                        .collect();
                    let scales: Vec<f32> = (0..outs * blocks).map(|j| 0.01 + (j % 7) as f32 * 0.003).collect();
                    let zeros: Vec<u8> = (0..outs * blocks).map(|j| (j * 5 % 16) as u8).collect();
                    let mut gq = vec![0f32; outs];
                    (k.gemv_q4)(x, &q, &scales, &zeros, block, &mut gq);
                    for o in 0..outs {
                        let (mut one_f, mut one_u) = ([0f32], [0f32]);
                        (k.gemv_f32)(x, &wf[o * n..][..n], &mut one_f);
                        (k.gemv_u8)(x, &wu[o * n..][..n], &mut one_u);
                        assert_eq!(gf[o].to_bits(), one_f[0].to_bits(), "{} gemv f32 n={n} outs={outs} o={o}", k.name);
                        assert_eq!(gu[o].to_bits(), one_u[0].to_bits(), "{} gemv u8 n={n} outs={outs} o={o}", k.name);
                        let (qo, so, zo) =
                            (&q[o * n / 2..][..n / 2], &scales[o * blocks..][..blocks], &zeros[o * blocks..][..blocks]);
                        let want = (k.dot_q4)(x, qo, so, zo, block);
                        assert_eq!(gq[o].to_bits(), want.to_bits(), "{} gemv q4 n={n} outs={outs} o={o}", k.name);
                        let reference = (SCALAR.dot_q4)(x, qo, so, zo, block);
                        assert!(
                            (want - reference).abs() <= 1e-4 * n as f32,
                            "{} q4 n={n}: {want} vs {reference}",
                            k.name
                        );
                        // Four rows at a stride against output o.
                        let stride = n + 2;
                        let four = (k.dot_q4_4)(&a, stride, qo, so, zo, block);
                        for (r, v) in four.iter().enumerate() {
                            let want = (k.dot_q4)(&a[r * stride..][..n], qo, so, zo, block);
                            assert_eq!(v.to_bits(), want.to_bits(), "{} q4×4 n={n} row {r}", k.name);
                        }
                    }
                }
            }
        }
    }

    /// The q4 × int8 kernels: every set bit-identical to the scalar reference (exact integer
    /// part, one float order), whatever the output count, block size and zero points —
    /// including the extremes (nibbles 15 and 0 against ±127 activations); and close to the
    /// f32-activation product they approximate.
    #[test]
    fn q4_int8_kernels_equal_the_scalar_reference() {
        for k in available() {
            for (n, block) in [(32, 32), (64, 32), (128, 64), (256, 128), (512, 32)] {
                let (a, _, _, ia, _) = data(n, n as u32 + 7);
                let groups = n / Q8_GROUP;
                let (mut xq, mut xs, mut xsum) = (vec![0i8; n], vec![0f32; groups], vec![0i32; groups]);
                quantize_q8(&a, &mut xq, &mut xs, &mut xsum);
                for outs in [1, 3, 4, 5, 9, 12, 16] {
                    let blocks = n / block;
                    let q: Vec<u8> = (0..outs * n / 2)
                        .map(|j| (ia[j % ia.len()] as u8).wrapping_mul(29).wrapping_add(j as u8))
                        .collect();
                    let scales: Vec<f32> = (0..outs * blocks).map(|j| 0.02 - (j % 5) as f32 * 0.007).collect();
                    // Even output counts: symmetric blocks (every zero point 8, the kernels'
                    // shortcut); odd: zero points 0..=15.
                    let zeros: Vec<u8> =
                        (0..outs * blocks).map(|j| if outs % 2 == 0 { 8 } else { (j * 7 % 16) as u8 }).collect();
                    let (mut got, mut want) = (vec![0f32; outs], vec![0f32; outs]);
                    (k.gemv_q4q8)(&xq, &xs, &xsum, &q, &scales, &zeros, block, &mut got);
                    (SCALAR.gemv_q4q8)(&xq, &xs, &xsum, &q, &scales, &zeros, block, &mut want);
                    {
                        // 1–4 rows (row r: the activations shifted by r), outputs `ld` apart.
                        let gemm = k.gemm_q4q8;
                        let rows: Vec<f32> = (0..4 * n).map(|j| a[(j + j / n) % n]).collect();
                        let (mut rq, mut rs, mut rsum) =
                            (vec![0i8; 4 * n], vec![0f32; 4 * groups], vec![0i32; 4 * groups]);
                        for r in 0..4 {
                            quantize_q8(
                                &rows[r * n..][..n],
                                &mut rq[r * n..][..n],
                                &mut rs[r * groups..][..groups],
                                &mut rsum[r * groups..][..groups],
                            );
                        }
                        let ld = outs + 3;
                        for nr in 1..=Q4Q8_ROWS {
                            let mut y = vec![f32::NAN; nr * ld];
                            // SAFETY: y holds nr rows of ld ≥ outs values.
                            unsafe { gemm(&rq, &rs, &rsum, n, nr, &q, &scales, &zeros, block, y.as_mut_ptr(), ld) };
                            for r in 0..nr {
                                let mut want = vec![0f32; outs];
                                (SCALAR.gemv_q4q8)(
                                    &rq[r * n..][..n],
                                    &rs[r * groups..][..groups],
                                    &rsum[r * groups..][..groups],
                                    &q,
                                    &scales,
                                    &zeros,
                                    block,
                                    &mut want,
                                );
                                let got: Vec<u32> = y[r * ld..][..outs].iter().map(|v| v.to_bits()).collect();
                                let want: Vec<u32> = want.iter().map(|v| v.to_bits()).collect();
                                assert_eq!(
                                    got, want,
                                    "{} gemm_q4q8 n={n} block={block} outs={outs} rows={nr} r={r}",
                                    k.name
                                );
                                assert!(y[r * ld + outs..(r + 1) * ld].iter().all(|v| v.is_nan()), "wrote past outs");
                            }
                        }
                    }
                    for o in 0..outs {
                        assert_eq!(
                            got[o].to_bits(),
                            want[o].to_bits(),
                            "{} n={n} block={block} outs={outs} o={o}",
                            k.name
                        );
                        let (qo, so, zo) =
                            (&q[o * n / 2..][..n / 2], &scales[o * blocks..][..blocks], &zeros[o * blocks..][..blocks]);
                        let f = (SCALAR.dot_q4)(&a, qo, so, zo, block);
                        // Each activation is off by at most half a step (max|x|/254 of its
                        // group) times a weight of at most 15·|scale|.
                        let bound: f32 = a
                            .chunks(Q8_GROUP)
                            .enumerate()
                            .map(|(c, g)| {
                                let step = g.iter().fold(0f32, |m, v| m.max(v.abs())) / 254.0;
                                step * 32.0 * 15.0 * so[c * Q8_GROUP / block].abs()
                            })
                            .sum();
                        assert!(
                            (got[o] - f).abs() <= bound + 1e-5,
                            "{} n={n}: {} vs f32 {f} (bound {bound})",
                            k.name,
                            got[o]
                        );
                    }
                }
                // Extremes: nibbles 15 (and 0) against ±127.
                let x: Vec<f32> = (0..n).map(|i| if i % 3 == 0 { -1.0 } else { 1.0 }).collect();
                quantize_q8(&x, &mut xq, &mut xs, &mut xsum);
                assert!(xq.iter().all(|&v| v == 127 || v == -127));
                for fill in [0xFFu8, 0x00, 0x0F, 0xF0] {
                    let q = vec![fill; 5 * n / 2];
                    let (scales, zeros) = (vec![1f32; 5 * n / block], vec![0u8; 5 * n / block]);
                    let (mut got, mut want) = (vec![0f32; 5], vec![0f32; 5]);
                    (k.gemv_q4q8)(&xq, &xs, &xsum, &q, &scales, &zeros, block, &mut got);
                    (SCALAR.gemv_q4q8)(&xq, &xs, &xsum, &q, &scales, &zeros, block, &mut want);
                    assert_eq!(got, want, "{} extremes {fill:#x}", k.name);
                }
            }
        }
    }

    #[test]
    fn every_simd_path_matches_the_scalar_reference() {
        for k in available() {
            for n in [0, 1, 7, 8, 15, 16, 17, 31, 32, 33, 64, 100, 512, 1024, 2051] {
                let (a, b, h, ia, ib) = data(n, n as u32 + 1);
                assert_eq!((k.dot_i8)(&ia, &ib), (SCALAR.dot_i8)(&ia, &ib), "{} i8 n={n}", k.name);
                let extreme = vec![-128i8; n];
                assert_eq!((k.dot_i8)(&extreme, &extreme), 16384 * n as i32, "{} i8 extremes", k.name);
                let tol = 1e-5 * (n as f32).max(1.0);
                let (x, y) = ((k.dot_f32)(&a, &b), (SCALAR.dot_f32)(&a, &b));
                assert!((x - y).abs() <= tol, "{} f32 n={n}: {x} vs {y}", k.name);
                let (x, y) = ((k.dot_f16)(&a, &h), (SCALAR.dot_f16)(&a, &h));
                assert!((x - y).abs() <= tol, "{} f16 n={n}: {x} vs {y}", k.name);
                // Four rows at a stride: exact for int8, rounding-close for f32.
                let stride = n + 3;
                let rows_i8: Vec<i8> =
                    (0..4 * stride).map(|j| ia.get(j % n.max(1)).map_or(0, |v| v.wrapping_add(j as i8))).collect();
                let rows_f32: Vec<f32> = (0..4 * stride).map(|j| a.get(j % n.max(1)).copied().unwrap_or(0.0)).collect();
                if n > 0 {
                    let got = (k.dot_i8_4)(&rows_i8, stride, &ib);
                    let got_f = (k.dot_f32_4)(&rows_f32, stride, &b);
                    for r in 0..4 {
                        let row = &rows_i8[r * stride..][..n];
                        assert_eq!(got[r], (SCALAR.dot_i8)(row, &ib), "{} i8×4 n={n} row {r}", k.name);
                        let want = (SCALAR.dot_f32)(&rows_f32[r * stride..][..n], &b);
                        assert!((got_f[r] - want).abs() <= tol, "{} f32×4 n={n} row {r}", k.name);
                    }
                    let ext = vec![-128i8; 4 * stride];
                    assert_eq!((k.dot_i8_4)(&ext, stride, &extreme), [16384 * n as i32; 4], "{} i8×4 extremes", k.name);
                }
                // The quantisation range, NaN skipped.
                let mut with_nan = a.clone();
                if n > 3 {
                    with_nan[2] = f32::NAN;
                }
                assert_eq!((k.range)(&with_nan), (SCALAR.range)(&with_nan), "{} range n={n}", k.name);
                // Quantisation, rounding ties included (x/scale = k + 0.5 exactly).
                let ties: Vec<f32> = a
                    .iter()
                    .enumerate()
                    .map(|(j, &v)| if j % 3 == 0 { (j as f32 - 40.5) * 0.25 } else { v * 40.0 })
                    .collect();
                for (scale, zero) in [(0.25f32, 128), (0.0137, 17), (1.0, 0), (0.5, 255)] {
                    let (mut got, mut want) = (vec![0i8; n], vec![0i8; n]);
                    (k.quantize)(&ties, scale, zero, &mut got);
                    (SCALAR.quantize)(&ties, scale, zero, &mut want);
                    assert_eq!(got, want, "{} quantize n={n} scale {scale}", k.name);
                }
                // A 4×4 tile.
                if n > 0 {
                    let w: Vec<i8> = (0..4 * n).map(|j| ib[j % n].wrapping_mul(j as i8 | 1)).collect();
                    let sums: Vec<i32> = w.chunks(n).map(|r| r.iter().map(|&v| v as i32).sum()).collect();
                    let got = (k.tile_i8)(&rows_i8[..4 * n], &w, n, &sums);
                    for (r, row) in rows_i8.chunks(n).take(4).enumerate() {
                        for o in 0..4 {
                            let want = (SCALAR.dot_i8)(row, &w[o * n..][..n]);
                            assert_eq!(got[r][o], want, "{} tile n={n} [{r}][{o}]", k.name);
                        }
                    }
                }
                // Float GEMV over f32 and u8 weights, 0..9 outputs.
                for outs in [0, 1, 4, 5, 9] {
                    let wf: Vec<f32> = (0..outs * n).map(|j| b[j % n.max(1)] * (1.0 + j as f32 * 1e-3)).collect();
                    let wu: Vec<u8> = (0..outs * n).map(|j| (ia[j % n.max(1)] as u8).wrapping_add(j as u8)).collect();
                    let (mut gf, mut gu) = (vec![0f32; outs], vec![0f32; outs]);
                    (k.gemv_f32)(&a, &wf, &mut gf);
                    (k.gemv_u8)(&a, &wu, &mut gu);
                    for o in 0..outs {
                        let want = (SCALAR.dot_f32)(&a, &wf[o * n..][..n]);
                        assert!((gf[o] - want).abs() <= 2.0 * tol, "{} gemv f32 n={n} output {o}", k.name);
                        let want = (SCALAR.dot_u8)(&a, &wu[o * n..][..n]);
                        assert!((gu[o] - want).abs() <= tol * 255.0, "{} gemv u8 n={n} output {o}", k.name);
                    }
                }
                // Every output of a row, for 0..9 outputs (groups of four and the rest).
                for outs in [0, 1, 4, 5, 9] {
                    let w: Vec<i8> = (0..outs * n).map(|j| ib[j % n.max(1)].wrapping_mul(j as i8 | 1)).collect();
                    let sums: Vec<i32> =
                        (0..outs).map(|o| w[o * n..(o + 1) * n].iter().map(|&v| v as i32).sum()).collect();
                    let mut got = vec![0i32; outs];
                    (k.gemv_i8)(&ia, &w, &sums, &mut got);
                    for (o, g) in got.iter().enumerate() {
                        assert_eq!(*g, (SCALAR.dot_i8)(&ia, &w[o * n..][..n]), "{} gemv n={n} output {o}", k.name);
                    }
                }
                let u: Vec<u8> = ia.iter().map(|&v| v as u8).collect();
                let (x, y) = ((k.dot_u8)(&a, &u), (SCALAR.dot_u8)(&a, &u));
                assert!((x - y).abs() <= tol * 255.0, "{} u8 n={n}: {x} vs {y}", k.name);
                // Against the plain definition too.
                let def: f32 = a.iter().zip(&u).map(|(&p, &q)| p * q as f32).sum();
                assert!((y - def).abs() <= tol * 255.0, "scalar u8 n={n}: {y} vs {def}");
            }
            for block in [32, 64] {
                for blocks in [1, 3, 16] {
                    let n = block * blocks;
                    let (a, _, _, ia, ib) = data(n, (n + block) as u32);
                    let q: Vec<u8> = ia[..n / 2].iter().map(|&v| v as u8).collect();
                    let scales: Vec<f32> = a.iter().take(blocks).map(|v| v.abs() + 0.01).collect();
                    let zeros: Vec<u8> = ib.iter().take(blocks).map(|&v| (v as u8) & 15).collect();
                    let def: f32 = (0..n)
                        .map(|i| {
                            let nib = if i % 2 == 0 { q[i / 2] & 15 } else { q[i / 2] >> 4 };
                            a[i] * (nib as f32 - zeros[i / block] as f32) * scales[i / block]
                        })
                        .sum();
                    let x = (k.dot_q4)(&a, &q, &scales, &zeros, block);
                    assert!((x - def).abs() <= 1e-4 * n as f32, "{} q4 block {block} n={n}: {x} vs {def}", k.name);
                }
            }
        }
    }
}
