extension Text {
    /// A number inside a message of the rules module (which cannot see CaseloadReport's
    /// `Figures`): the English as Swift prints it, unchanged for logs and tests; the Dutch with a
    /// decimal comma, rounded to `decimals` places when given (a sum of hours such as
    /// 28.799999999999997 reads `28,8`), and a whole number without decimals.
    static func number(_ x: Double, decimals: Int? = nil) -> Text {
        var shown = x
        if let decimals {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            shown = (x * scale).rounded() / scale
        }
        let digits = abs(shown) < 1e15 && shown == shown.rounded() ? String(Int(shown)) : "\(shown)"
        return Text(nl: String(digits.map { $0 == "." ? "," : $0 }), en: "\(x)")
    }
}
