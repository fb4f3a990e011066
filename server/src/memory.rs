//! Freed memory goes back to the operating system.
//!
//! glibc's allocator serves large blocks with `mmap` and returns them on `free`, but after the
//! first such block is freed it raises its threshold to that block's size, and from then on
//! blocks of that size (a password hash's 19 MiB, a big import body) come from the per-thread
//! arenas, which keep freed memory for reuse: measured, 100 parallel failed logins left the
//! server at 1.9 GiB RSS for good. Fixing the threshold turns the adjustment off, so every
//! block from [`MMAP_THRESHOLD`] up is mapped and unmapped on its own and RSS falls back after a
//! burst. Other allocators and platforms are left as they are.

/// Blocks of at least this size are mapped on their own (glibc's default starting point).
pub const MMAP_THRESHOLD: usize = 128 * 1024;

/// Fixes the allocator's mmap threshold (see the module documentation); call once at start,
/// before the runtime's threads exist. Answers whether the setting took effect.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn return_freed_memory() -> bool {
    let threshold = libc::c_int::try_from(MMAP_THRESHOLD).unwrap_or(libc::c_int::MAX);
    // SAFETY: `mallopt` only changes a setting of the C allocator; M_MMAP_THRESHOLD takes a
    // byte count, and calling it while no other thread allocates (at start) is allowed.
    unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, threshold) == 1 }
}

/// Elsewhere the allocator's own policy applies.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn return_freed_memory() -> bool {
    false
}
