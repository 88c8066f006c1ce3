//! A counting global allocator for the memory bounds: the heap a piece of work holds at its peak, and how many
//! allocations it makes. Counted per thread, so tests running in parallel do not disturb each other's figures; the
//! reader is single-threaded, so everything it allocates is counted on the thread that calls it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

pub struct Counting;

thread_local! {
    static HELD: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn grew(bytes: usize) {
    // try_with: the allocator is still called while a thread's locals are being torn down.
    let _ = HELD.try_with(|held| {
        let now = held.get() + bytes as isize;
        held.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

fn shrank(bytes: usize) {
    let _ = HELD.try_with(|held| held.set(held.get() - bytes as isize));
}

// SAFETY: every call is passed to System unchanged; the counting only reads sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            // The new block is counted before the old one is let go: a realloc that moves holds both for a moment.
            // So the peaks here are upper bounds.
            grew(new_size);
            shrank(layout.size());
        }
        new
    }
}

/// What a piece of work cost.
#[derive(Debug, Clone, Copy)]
pub struct Usage {
    /// The most heap held at once beyond what was held before, what the work returns included.
    pub peak: usize,
    pub allocations: usize,
}

/// Runs `work` and measures it; what it returns is still held when the figures are taken.
pub fn measure<T>(work: impl FnOnce() -> T) -> (T, Usage) {
    let before = HELD.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let allocations = ALLOCATIONS.with(Cell::get);
    let out = work();
    let peak = (PEAK.with(Cell::get) - before).max(0) as usize;
    (out, Usage { peak, allocations: ALLOCATIONS.with(Cell::get) - allocations })
}
