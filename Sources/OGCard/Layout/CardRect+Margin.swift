extension CardRect {
    /// The rectangle with CSS margins applied: a positive margin shrinks it, a negative one
    /// widens it.
    func applying(margin: EdgeInsets) -> CardRect {
        CardRect(left: x + margin.left, top: y + margin.top, right: maxX - margin.right, bottom: maxY - margin.bottom)
    }
}
