/// A JSON value with ordered object keys, so reports read in a stable, meaningful order
/// (`week` before `assignments`) and the same plan prints byte for byte the same.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// Compact JSON text.
    public func rendered() -> String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// JSON text with two-space indentation; arrays of scalars and small objects stay on one line.
    public func pretty() -> String {
        var out = ""
        write(to: &out, indent: "  ", level: 0)
        return out
    }

    private var isFlat: Bool {
        switch self {
        case .array(let items):
            return items.allSatisfy { if case .object = $0 { return false } else if case .array = $0 { return false } else { return true } }
        case .object(let fields): return fields.count <= 8 && fields.allSatisfy { $0.1.isScalar }
        default: return true
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private func write(to out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let x):
            if !x.isFinite {
                out += "null"
            } else if x == x.rounded(), abs(x) < 1e15 {
                out += String(Int(x))
            } else {
                out += "\(x)"
            }
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            let nested = indent != nil && !isFlat
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += nested ? "," : (indent != nil ? ", " : ",") }
                if nested, let indent { out += "\n" + String(repeating: indent, count: level + 1) }
                item.write(to: &out, indent: indent, level: level + 1)
            }
            if nested, let indent, !items.isEmpty { out += "\n" + String(repeating: indent, count: level) }
            out += "]"
        case .object(let fields):
            let nested = indent != nil && !isFlat
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += nested ? "," : (indent != nil ? ", " : ",") }
                if nested, let indent { out += "\n" + String(repeating: indent, count: level + 1) }
                JSONValue.escape(key, into: &out)
                out += indent != nil ? ": " : ":"
                value.write(to: &out, indent: indent, level: level + 1)
            }
            if nested, let indent, !fields.isEmpty { out += "\n" + String(repeating: indent, count: level) }
            out += "}"
        }
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        // Codes, names and numbers rarely need escaping: append them whole, not scalar by scalar,
        // as a large plan writes a great many of them.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
