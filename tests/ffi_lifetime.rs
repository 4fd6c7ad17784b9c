//! The C API's context lifetime under misuse, called as C calls it: freeing a context while a
//! call runs on it (another thread, or its own token callback), calling back into it from its
//! callback, enums out of range, limits. Before this, these were a SIGSEGV, a use-after-free
//! and a deadlock (issue 11).

mod common;

use std::ffi::{CStr, CString, c_char, c_void};
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicUsize, Ordering};

use edgemt::ffi::edgemt_status::*;
use edgemt::ffi::*;

const TEXT: &str = "In the beginning God created the heavens and the earth.";

fn cstr(s: &str) -> CString {
    CString::new(s).unwrap()
}

fn load(p: &edgemt_load_params) -> (*mut edgemt_context, edgemt_status) {
    let dir = cstr(common::model_dir().to_str().unwrap());
    let mut st = EDGEMT_ERR_INTERNAL;
    // SAFETY: the directory is NULL or a NUL-terminated CString alive for the call; params and status are NULL or live locals.
    let ctx = unsafe { edgemt_load(dir.as_ptr(), p, &mut st) };
    (ctx, st)
}

fn translate(ctx: *mut edgemt_context, text: &str) -> edgemt_status {
    translate_with(ctx, text, &edgemt_translate_params_default())
}

fn translate_with(ctx: *mut edgemt_context, text: &str, p: &edgemt_translate_params) -> edgemt_status {
    let t = cstr(text);
    let mut buf = vec![0 as c_char; 4096];
    // SAFETY: text is NULL or a NUL-terminated CString alive for the call, params a live struct, out is NULL or writable for the capacity passed, out_len NULL or a live local; the handle is looked up, never dereferenced.
    unsafe { edgemt_translate(ctx, t.as_ptr(), p, buf.as_mut_ptr(), buf.len(), std::ptr::null_mut()) }
}

/// Per-call parameters with a callback and its user data.
fn with_callback(
    beams: i32,
    cb: unsafe extern "C" fn(*mut c_void, u32, *const c_char, usize) -> i32,
    probe: &Probe,
) -> edgemt_translate_params {
    let mut p = edgemt_translate_params_default();
    p.beam_size = beams;
    p.token_callback = Some(cb);
    p.user_data = probe as *const Probe as *mut c_void;
    p
}

/// A `Send` copy of per-call parameters (their user data is a `Probe` the test keeps alive).
#[derive(Clone, Copy)]
struct SendParams(edgemt_translate_params);
// SAFETY: the user data points at a Probe read only through atomics, alive until the threads are joined.
unsafe impl Send for SendParams {}

fn last_error(ctx: *const edgemt_context) -> String {
    // SAFETY: edgemt_last_error never returns NULL; its text is NUL-terminated and valid until this thread's next call on that handle.
    unsafe { CStr::from_ptr(edgemt_last_error(ctx)) }.to_string_lossy().into_owned()
}

/// What the callback saw and did, shared with the test.
struct Probe {
    ctx: AtomicUsize,
    free_status: AtomicI32,
    translate_status: AtomicI32,
    last_error_ok: AtomicBool,
    started: AtomicBool,
    release: AtomicBool,
    tokens: AtomicUsize,
}

unsafe extern "C" fn reenter(user: *mut c_void, _t: u32, _p: *const c_char, _n: usize) -> i32 {
    // SAFETY: user_data is the address of the test's boxed Probe, alive until the test ends; it is only read through atomics.
    let probe = unsafe { &*(user as *const Probe) };
    let ctx = probe.ctx.load(Ordering::SeqCst) as *mut edgemt_context;
    if probe.tokens.fetch_add(1, Ordering::SeqCst) == 0 {
        // Free and translate from inside the callback: refused, not a use-after-free or deadlock.
        // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
        probe.free_status.store(unsafe { edgemt_free(ctx) } as i32, Ordering::SeqCst);
        probe.translate_status.store(translate(ctx, "Hello.") as i32, Ordering::SeqCst);
        let msg = last_error(ctx);
        probe.last_error_ok.store(msg.contains("own token callback"), Ordering::SeqCst);
    }
    0
}

unsafe extern "C" fn hold(user: *mut c_void, _t: u32, _p: *const c_char, _n: usize) -> i32 {
    // SAFETY: user_data is the address of the test's boxed Probe, alive until the test ends; it is only read through atomics.
    let probe = unsafe { &*(user as *const Probe) };
    probe.started.store(true, Ordering::SeqCst);
    while !probe.release.load(Ordering::SeqCst) {
        std::thread::yield_now();
    }
    0
}

fn probe() -> Box<Probe> {
    Box::new(Probe {
        ctx: AtomicUsize::new(0),
        free_status: AtomicI32::new(-1),
        translate_status: AtomicI32::new(-1),
        last_error_ok: AtomicBool::new(false),
        started: AtomicBool::new(false),
        release: AtomicBool::new(false),
        tokens: AtomicUsize::new(0),
    })
}

#[test]
fn free_and_translate_from_inside_the_callback_are_busy() {
    for beams in [1, 4] {
        let probe = probe();
        let tp = with_callback(beams, reenter, &probe);
        let (ctx, st) = load(&edgemt_load_params_default());
        assert_eq!(st, EDGEMT_OK);
        probe.ctx.store(ctx as usize, Ordering::SeqCst);
        assert_eq!(translate_with(ctx, TEXT, &tp), EDGEMT_OK, "beams {beams}");
        assert_eq!(probe.free_status.load(Ordering::SeqCst), EDGEMT_ERR_BUSY as i32);
        assert_eq!(probe.translate_status.load(Ordering::SeqCst), EDGEMT_ERR_BUSY as i32);
        assert!(probe.last_error_ok.load(Ordering::SeqCst), "edgemt_last_error inside the callback");
        // The context survived and still works; then it frees normally, once.
        assert!(probe.tokens.load(Ordering::SeqCst) > 1);
        // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
        assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
        // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
        assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_ERR_INVALID_CONTEXT);
    }
}

#[test]
fn free_from_another_thread_during_a_call_is_busy() {
    let probe = probe();
    let tp = SendParams(with_callback(1, hold, &probe));
    let (ctx, st) = load(&edgemt_load_params_default());
    assert_eq!(st, EDGEMT_OK);
    let addr = ctx as usize;
    let worker = std::thread::spawn(move || {
        let tp = tp;
        translate_with(addr as *mut edgemt_context, TEXT, &tp.0)
    });
    while !probe.started.load(Ordering::SeqCst) {
        std::thread::yield_now();
    }
    // The call is inside its callback, holding the context: freeing it is refused, however often.
    for _ in 0..100 {
        // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
        assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_ERR_BUSY);
    }
    // A second caller on the context waits its turn (it is counted as in use too).
    let waiter = std::thread::spawn(move || translate(addr as *mut edgemt_context, "Hello."));
    probe.release.store(true, Ordering::SeqCst);
    assert_eq!(worker.join().unwrap(), EDGEMT_OK);
    assert_eq!(waiter.join().unwrap(), EDGEMT_OK);
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
    assert_eq!(translate(ctx, TEXT), EDGEMT_ERR_INVALID_CONTEXT);
}

#[test]
fn free_racing_translate_never_crashes() {
    // Threads translating while another frees: every call either completes or reports the
    // context invalid/busy; the free succeeds exactly once.
    for _ in 0..3 {
        let (ctx, st) = load(&edgemt_load_params_default());
        assert_eq!(st, EDGEMT_OK);
        let addr = ctx as usize;
        let workers: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(move || {
                    (0..5).map(|_| translate(addr as *mut edgemt_context, "Hello, world!")).collect::<Vec<_>>()
                })
            })
            .collect();
        let mut freed = 0;
        while freed == 0 {
            // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
            match unsafe { edgemt_free(addr as *mut edgemt_context) } {
                EDGEMT_OK => freed += 1,
                EDGEMT_ERR_BUSY => std::thread::yield_now(),
                other => panic!("{other:?}"),
            }
        }
        for w in workers {
            for st in w.join().unwrap() {
                assert!(matches!(st, EDGEMT_OK | EDGEMT_ERR_INVALID_CONTEXT), "{st:?}");
            }
        }
        // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
        assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_ERR_INVALID_CONTEXT);
    }
}

#[test]
fn a_stale_handle_never_reaches_a_new_context() {
    // Found by the C API fuzzer: handles were addresses, and a context loaded after a free
    // could get the freed one's, making the stale pointer valid again.
    let (old, _) = load(&edgemt_load_params_default());
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    assert_eq!(unsafe { edgemt_free(old) }, EDGEMT_OK);
    for _ in 0..5 {
        let (new, st) = load(&edgemt_load_params_default());
        assert_eq!(st, EDGEMT_OK);
        assert_ne!(new, old);
        assert_eq!(translate(old, TEXT), EDGEMT_ERR_INVALID_CONTEXT);
        // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
        assert_eq!(unsafe { edgemt_free(old) }, EDGEMT_ERR_INVALID_CONTEXT);
        // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
        assert_eq!(unsafe { edgemt_free(new) }, EDGEMT_OK);
    }
}

#[test]
fn enums_and_limits_are_validated() {
    for (precision, backend) in [(7, 0), (-1, 0), (0, -3), (0, 3), (i32::MAX, i32::MIN)] {
        let mut p = edgemt_load_params_default();
        p.precision = precision;
        p.backend = backend;
        let (ctx, st) = load(&p);
        assert!(ctx.is_null());
        assert_eq!(st, EDGEMT_ERR_PARAMS, "precision {precision} backend {backend}");
        let msg = last_error(std::ptr::null());
        assert!(msg.contains("is not an edgemt_"), "{msg}");
    }
    // beam_size over max_beams, and a run state over max_memory: EDGEMT_ERR_LIMIT, nothing
    // allocated, the context usable afterwards.
    let mut p = edgemt_load_params_default();
    let mut tp = edgemt_translate_params_default();
    tp.beam_size = 1_000_000;
    let (ctx, st) = load(&p);
    assert_eq!(st, EDGEMT_OK);
    assert_eq!(translate_with(ctx, TEXT, &tp), EDGEMT_ERR_LIMIT);
    assert!(last_error(ctx).contains("beams"), "{}", last_error(ctx));
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
    tp.beam_size = 4;
    p.max_memory = 10_000;
    let (ctx, _) = load(&p);
    assert_eq!(translate_with(ctx, TEXT, &tp), EDGEMT_ERR_LIMIT);
    assert!(last_error(ctx).contains("run state"), "{}", last_error(ctx));
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
    p.max_beams = -1;
    assert_eq!(load(&p).1, EDGEMT_ERR_PARAMS);
}

#[test]
fn error_text_is_per_thread_and_stable() {
    let (ctx, _) = load(&edgemt_load_params_default());
    assert_eq!(translate(ctx, "   "), EDGEMT_ERR_INPUT);
    // SAFETY: edgemt_last_error accepts any handle (looked up, never dereferenced).
    let ptr = unsafe { edgemt_last_error(ctx) };
    // SAFETY: `ptr` came from edgemt_last_error on this thread, which has made no call on that handle since: still valid.
    let before = unsafe { CStr::from_ptr(ptr) }.to_string_lossy().into_owned();
    assert!(before.contains("empty"), "{before}");
    // Another thread's calls on the context (a success, a different failure) leave this
    // thread's text, and the pointer to it, as they were.
    let addr = ctx as usize;
    std::thread::spawn(move || {
        assert_eq!(translate(addr as *mut edgemt_context, "Hello."), EDGEMT_OK);
        assert_eq!(translate(addr as *mut edgemt_context, &"word ".repeat(300_000)), EDGEMT_ERR_INPUT);
    })
    .join()
    .unwrap();
    // SAFETY: `ptr` came from edgemt_last_error on this thread, which has made no call on that handle since: still valid.
    assert_eq!(unsafe { CStr::from_ptr(ptr) }.to_string_lossy(), before);
    assert_eq!(translate(ctx, "Hello."), EDGEMT_OK);
    assert_eq!(last_error(ctx), "");
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
}
