/// Fixed-width columns of the text tables.
enum Column {
    /// `s` padded with spaces to `width` characters, on the left when `right` (numbers); a
    /// longer text is left whole, so nothing is ever cut.
    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let count = s.count
        guard count < width else { return s }
        let fill = String(repeating: " ", count: width - count)
        return right ? fill + s : s + fill
    }
}
