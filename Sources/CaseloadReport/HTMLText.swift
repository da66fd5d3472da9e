/// Text made safe for HTML, shared by every page the project writes (the simulation report,
/// the dashboard).
public enum HTMLText {
    /// `s` with `&`, `<`, `>` and `"` escaped, safe in element text and quoted attributes.
    public static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
