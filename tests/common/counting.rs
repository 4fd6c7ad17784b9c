//! A global allocator that counts allocations per thread (tests run in parallel threads) and
//! for the whole process (threads the library starts included), for the zero-allocation tests.
//! Include with `#[path = "common/counting.rs"] mod counting;`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

struct Counting;

thread_local! {
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
}

/// Allocations by every thread of the process.
static PROCESS: AtomicU64 = AtomicU64::new(0);

/// Allocations (and reallocations) made by this thread so far.
#[allow(dead_code)]
pub fn allocs() -> u64 {
    ALLOCS.with(Cell::get)
}

/// Allocations (and reallocations) made by every thread of the process so far: only meaningful
/// in a test binary whose one test is all that runs.
#[allow(dead_code)]
pub fn process_allocs() -> u64 {
    PROCESS.load(Ordering::SeqCst)
}

// SAFETY: every method forwards to `System`, which upholds GlobalAlloc's contract; counting does not touch the memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.with(|c| c.set(c.get() + 1));
        PROCESS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator under the caller's GlobalAlloc guarantees for the layout.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        // SAFETY: forwarded unchanged: `ptr` was allocated by System with this layout (every allocation goes through this allocator).
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        ALLOCS.with(|c| c.set(c.get() + 1));
        PROCESS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged: `ptr` was allocated by System with this layout; the caller guarantees the new size.
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static A: Counting = Counting;

/// Wraps a step model to record `count()` (this thread's or the whole process's allocations)
/// before every step: a test then checks that nothing was allocated between the first step and
/// the last. `seen` needs capacity for every step, so that recording allocates nothing itself.
#[allow(dead_code)]
pub struct Watch<'a> {
    pub inner: &'a mut dyn edgemt::search::StepModel,
    pub seen: &'a mut Vec<u64>,
    pub count: fn() -> u64,
}

impl edgemt::search::StepModel for Watch<'_> {
    fn vocab_size(&self) -> usize {
        self.inner.vocab_size()
    }
    fn output_ids(&self) -> Option<&[u32]> {
        self.inner.output_ids()
    }
    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> edgemt::Result<()> {
        self.seen.push((self.count)());
        self.inner.step(tokens, logits)
    }
    fn reorder(&mut self, parents: &[usize]) -> edgemt::Result<()> {
        self.inner.reorder(parents)
    }
}
