/// The slots of one activation (a function call, a closure call, or a cell's top level).
///
/// One allocation holds the header and the slots (a `ManagedBuffer`); names were resolved to slot
/// indexes when the cell was lowered, so a variable access is an array index. `parent` is the
/// lexically enclosing frame, which closures capture by reference (as Swift captures variables).
final class Frame: ManagedBuffer<Frame.Header, Value> {
    struct Header {
        let count: Int
        var parent: Frame?
        var returnValue: Value
        /// The next frame in a call plan's stack of spare frames (see `CallPlan`).
        var nextSpare: Frame?
    }

    static func make(count: Int, parent: Frame?) -> Frame {
        let buffer = Frame.create(minimumCapacity: count) { _ in
            Header(count: count, parent: parent, returnValue: .void, nextSpare: nil)
        }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .void, count: count) }
        return frame
    }

    /// Clears the frame for reuse by another call of the same function.
    @inline(__always)
    func recycle(parent newParent: Frame?) {
        withUnsafeMutablePointers { h, e in
            if newParent != nil || h.pointee.parent != nil { h.pointee.parent = newParent }
            h.pointee.returnValue = .void
            // A local may hold the only reference to a deep structure (see `DeepRelease`).
            for i in 0..<h.pointee.count {
                if DeepRelease.needsCare(e[i]) { DeepRelease.release(&e[i]) } else { e[i] = .void }
            }
        }
    }

    @inline(__always)
    func setParent(_ p: Frame?) { withUnsafeMutablePointerToHeader { $0.pointee.parent = p } }

    /// Moves the next spare frame out of this one (see `CallPlan`), leaving nil.
    @inline(__always)
    func takeNextSpare() -> Frame? { withUnsafeMutablePointerToHeader { $0.pointee.nextSpare.take() } }

    @inline(__always)
    func setNextSpare(_ next: consuming Frame?) { withUnsafeMutablePointerToHeader { $0.pointee.nextSpare = next } }

    deinit {
        let shallow = withUnsafeMutablePointers { h, e in
            h.pointee.nextSpare == nil && !DeepRelease.needsCare(h.pointee.returnValue)
                && !(0..<h.pointee.count).contains { DeepRelease.needsCare(e[$0]) }
        }
        if !shallow { DeepRelease.releaseContents(of: self) }
        withUnsafeMutablePointers { h, e in _ = e.deinitialize(count: h.pointee.count) }
    }

    /// Moves the slots, return value and linked frames out (for `DeepRelease`), leaving them empty.
    /// The lexical parent is left: frames nest only as deep as the lesson's source does.
    func moveContents(into pending: inout [Value], _ frames: inout [Frame]) {
        withUnsafeMutablePointers { h, e in
            for i in 0..<h.pointee.count where DeepRelease.needsCare(e[i]) {
                pending.append(e[i])
                e[i] = .void
            }
            if DeepRelease.needsCare(h.pointee.returnValue) { pending.append(h.pointee.returnValue) }
            h.pointee.returnValue = .void
            if let next = h.pointee.nextSpare.take() { frames.append(next) }
        }
    }

    /// The slots' storage, for loops that fill many slots. Only valid while the frame is
    /// certainly alive: a frame held only by a local must be used after the pointer is (its
    /// lifetime would otherwise end at the pointer's last read: a use after free in optimised
    /// builds). Single slots go through the subscript, which keeps the frame alive.
    @inline(__always)
    var slots: UnsafeMutablePointer<Value> { withUnsafeMutablePointerToElements { $0 } }

    /// Slot `i`, read or changed in place while the frame is kept alive.
    @inline(__always)
    subscript(i: Int) -> Value {
        get { withUnsafeMutablePointerToElements { $0[i] } }
        _modify {
            let p = withUnsafeMutablePointerToElements { $0 }
            yield &p[i]
        }
    }

    // The header is reached through its pointer: going through `header` would add a dynamic
    // exclusivity check to every call.
    @inline(__always)
    var parent: Frame? { withUnsafeMutablePointerToHeader { $0.pointee.parent } }

    @inline(__always)
    var returnValue: Value {
        get { withUnsafeMutablePointerToHeader { $0.pointee.returnValue } }
        set { withUnsafeMutablePointerToHeader { $0.pointee.returnValue = newValue } }
    }

    /// The frame `depth` levels out (0 is this frame).
    @inline(__always)
    func ancestor(_ depth: Int) -> Frame {
        var f = self
        var d = depth
        while d > 0, let p = f.parent { f = p; d -= 1 }
        return f
    }
}
