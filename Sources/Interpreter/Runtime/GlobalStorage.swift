/// The session's global variables, indexed by the slots lowering assigned.
///
/// Why not `[Value]`: every read of an array kept in a class property retains and releases the
/// array's buffer (the compiler cannot prove the read leaves the property alone), and top-level
/// lesson code reads globals in every iteration of its loops. Here a read is a pointer load.
/// Slots are only ever handed out by `Runtime.globalSlot`, so every index used is in range.
final class GlobalStorage {
    private(set) var count = 0
    private var capacity = 0
    private var base: UnsafeMutablePointer<Value>

    init() {
        base = UnsafeMutablePointer<Value>.allocate(capacity: 0)
    }

    deinit {
        clear()
        base.deinitialize(count: count)
        base.deallocate()
    }

    subscript(slot: Int) -> Value {
        @inline(__always) unsafeAddress { UnsafePointer(base + slot) }
        @inline(__always) unsafeMutableAddress { base + slot }
    }

    func append(_ value: Value) {
        if count == capacity {
            let grown = Swift.max(16, capacity * 2)
            let new = UnsafeMutablePointer<Value>.allocate(capacity: grown)
            new.moveInitialize(from: base, count: count)
            base.deallocate()
            base = new
            capacity = grown
        }
        (base + count).initialize(to: value)
        count += 1
    }

    /// Sets every global to `.unset`, releasing what they held (functions capture frames that may
    /// refer back to globals, so a session clears them when it ends).
    /// Deep structures are released iteratively (see `DeepRelease`): a session often ends on a
    /// thread with a small stack.
    func clear() {
        for i in 0..<count {
            if DeepRelease.needsCare(base[i]) { DeepRelease.release(&base[i]) }
            base[i] = .unset
        }
    }
}
