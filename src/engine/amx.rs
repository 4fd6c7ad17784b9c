//! Intel AMX (Advanced Matrix Extensions) for the packed int8 GEMM: `tdpbssd` multiplies a
//! tile of 16 activation rows × 64 signed bytes by a tile of 64 inputs × 16 outputs (signed
//! bytes, four consecutive inputs per output in each 64-byte row — exactly one 16-group stretch
//! of a [`super::kernels::pack_i8`] panel) and accumulates 16 × 16 i32: 16,384 multiply-adds per
//! instruction, exact. Sapphire Rapids and later Xeons have it; onnxruntime's MLAS uses it for
//! its int8 GEMM on those CPUs.
//!
//! Linux hands the AMX register state to a process only on request
//! (`arch_prctl(ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA)`); [`supported`] checks CPUID, that the
//! OS enabled the state (XCR0) and makes that request once. Stable Rust has no AMX intrinsics:
//! the instructions are written with `asm!`.

use std::arch::asm;
use std::arch::x86_64::{__cpuid_count, _xgetbv};
use std::sync::OnceLock;

/// Inputs per tile step (bytes of one activation tile row).
pub const K_STEP: usize = 64;

/// Whether this CPU and OS let this process use AMX int8 (checked, and permission requested,
/// once per process).
pub fn supported() -> bool {
    static OK: OnceLock<bool> = OnceLock::new();
    *OK.get_or_init(|| {
        let ok = detect();
        log::debug!("AMX int8 {}", if ok { "available" } else { "not available" });
        ok
    })
}

fn detect() -> bool {
    if !is_x86_feature_detected!("xsave") || !is_x86_feature_detected!("avx512f") {
        return false;
    }
    // Leaf 7 exists on every CPU with AVX-512 (checked above).
    let leaf7 = __cpuid_count(7, 0);
    let (amx_tile, amx_int8) = (leaf7.edx & (1 << 24) != 0, leaf7.edx & (1 << 25) != 0);
    if !(amx_tile && amx_int8) {
        return false;
    }
    // SAFETY: XGETBV is available when the CPU has XSAVE and the OS enabled it (OSXSAVE: implied
    // by the AVX-512 detection above, which reads XCR0 itself).
    let xcr0 = unsafe { _xgetbv(0) };
    if xcr0 & (0b11 << 17) != 0b11 << 17 {
        return false;
    }
    request_permission()
}

#[cfg(target_os = "linux")]
fn request_permission() -> bool {
    const SYS_ARCH_PRCTL: usize = 158;
    const ARCH_REQ_XCOMP_PERM: usize = 0x1023;
    const XFEATURE_XTILEDATA: usize = 18;
    let ret: isize;
    // SAFETY: the arch_prctl system call with ARCH_REQ_XCOMP_PERM only changes which register
    // state the kernel saves for this process; it reads and writes no memory of ours. `syscall`
    // clobbers rcx and r11, declared.
    unsafe {
        asm!(
            "syscall",
            inlateout("rax") SYS_ARCH_PRCTL => ret,
            in("rdi") ARCH_REQ_XCOMP_PERM,
            in("rsi") XFEATURE_XTILEDATA,
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    ret == 0
}

#[cfg(not(target_os = "linux"))]
fn request_permission() -> bool {
    false
}

/// The 64-byte tile configuration (`ldtilecfg`): palette 1; tiles 0–3 are accumulators
/// (`m` rows × 16 i32), tile 4 the activations (`m` rows × 64 bytes), tiles 5 and 6 weights
/// (16 rows × 64 bytes).
#[repr(C, align(64))]
struct TileConfig {
    palette: u8,
    start_row: u8,
    reserved: [u8; 14],
    colsb: [u16; 16],
    rows: [u8; 16],
}

impl TileConfig {
    fn new(m: usize) -> TileConfig {
        let mut c = TileConfig { palette: 1, start_row: 0, reserved: [0; 14], colsb: [0; 16], rows: [0; 16] };
        for t in 0..7 {
            c.colsb[t] = 64;
            c.rows[t] = if t >= 5 { 16 } else { m as u8 };
        }
        c
    }
}

/// `*out.add(r·ld + o) = Σ_i q[r·n_in + i]·w[o][i]` (exact, signed × signed) for `r < rows`,
/// `o < n_out`, with `w` in the packed panel layout.
///
/// # Safety
/// [`supported`] must have returned true. `n_in` must be a multiple of [`K_STEP`]; `q` must hold
/// `rows × n_in` values and `w` the packed `n_out.div_ceil(16)` panels; for every `r < rows`
/// and `o < n_out`, `out.add(r·ld + o)` must be valid for writing and not accessed by anything
/// else during the call.
pub unsafe fn gemm_i8(q: &[i8], rows: usize, w: &[i8], n_in: usize, n_out: usize, out: *mut i32, ld: usize) {
    debug_assert!(n_in.is_multiple_of(K_STEP) && q.len() >= rows * n_in);
    let panels = n_out.div_ceil(16);
    debug_assert!(w.len() >= panels * 16 * n_in);
    let (groups, steps) = (n_in / 4, n_in / K_STEP);
    let (qp, wp) = (q.as_ptr(), w.as_ptr());
    let mut scratch = [0i32; 256];
    let mut configured = 0;
    // SAFETY: (the whole body) AMX is usable (caller's contract); every tile load reads `m` rows of
    // 64 bytes at stride n_in inside q (rows r0..r0+m, columns s·64..s·64+64 < n_in) or 16 rows
    // of 64 bytes inside panel p + j's stretch of w (checked lengths); every tile store writes
    // `m` rows of 16 i32 either to output columns col..col+16 ≤ n_out of rows r0..r0+m (the
    // caller's) or to `scratch`; the configuration lives on this stack frame; the tile state
    // is released before returning.
    unsafe {
        for r0 in (0..rows).step_by(16) {
            let m = (rows - r0).min(16);
            if m != configured {
                // ldtilecfg copies the configuration: it need not outlive the instruction.
                let cfg = TileConfig::new(m);
                asm!("ldtilecfg [{}]", in(reg) &cfg as *const TileConfig, options(nostack, readonly));
                configured = m;
            }
            let mut p = 0;
            while p < panels {
                let np = (panels - p).min(4);
                asm!("tilezero tmm0", "tilezero tmm1", "tilezero tmm2", "tilezero tmm3", options(nomem, nostack));
                for s in 0..steps {
                    let a = qp.add(r0 * n_in + s * K_STEP);
                    asm!("tileloadd tmm4, [{a} + {st}*1]", a = in(reg) a, st = in(reg) n_in, options(nostack, readonly));
                    for j in 0..np {
                        let b = wp.add(((p + j) * groups + s * 16) * 64);
                        match j {
                            0 => {
                                asm!("tileloadd tmm5, [{b} + {st}*1]", "tdpbssd tmm0, tmm4, tmm5", b = in(reg) b, st = in(reg) 64usize, options(nostack, readonly))
                            }
                            1 => {
                                asm!("tileloadd tmm6, [{b} + {st}*1]", "tdpbssd tmm1, tmm4, tmm6", b = in(reg) b, st = in(reg) 64usize, options(nostack, readonly))
                            }
                            2 => {
                                asm!("tileloadd tmm5, [{b} + {st}*1]", "tdpbssd tmm2, tmm4, tmm5", b = in(reg) b, st = in(reg) 64usize, options(nostack, readonly))
                            }
                            _ => {
                                asm!("tileloadd tmm6, [{b} + {st}*1]", "tdpbssd tmm3, tmm4, tmm6", b = in(reg) b, st = in(reg) 64usize, options(nostack, readonly))
                            }
                        }
                    }
                }
                for j in 0..np {
                    let col = (p + j) * 16;
                    let full = col + 16 <= n_out;
                    let (dst, stride) =
                        if full { (out.add(r0 * ld + col), ld * 4) } else { (scratch.as_mut_ptr(), 64) };
                    match j {
                        0 => {
                            asm!("tilestored [{d} + {st}*1], tmm0", d = in(reg) dst, st = in(reg) stride, options(nostack))
                        }
                        1 => {
                            asm!("tilestored [{d} + {st}*1], tmm1", d = in(reg) dst, st = in(reg) stride, options(nostack))
                        }
                        2 => {
                            asm!("tilestored [{d} + {st}*1], tmm2", d = in(reg) dst, st = in(reg) stride, options(nostack))
                        }
                        _ => {
                            asm!("tilestored [{d} + {st}*1], tmm3", d = in(reg) dst, st = in(reg) stride, options(nostack))
                        }
                    }
                    if !full {
                        for r in 0..m {
                            for c in 0..n_out - col {
                                *out.add((r0 + r) * ld + col + c) = scratch[r * 16 + c];
                            }
                        }
                    }
                }
                p += np;
            }
        }
        asm!("tilerelease", options(nomem, nostack));
    }
}
