import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small XML part of a workbook (the workbook, its relations, styles, shared strings) as a
/// tree, element names without their namespace prefix: these parts are small, and a tree reads
/// more plainly than events. Worksheets, which can be large, are read as events instead.
final class XMLElementTree {
    /// The element's name without prefix (`sheet` for `x:sheet`).
    let name: String
    /// Its attributes, keyed by name without prefix (`id` for `r:id`).
    let attributes: [String: String]
    /// Its child elements in order.
    var children: [XMLElementTree] = []
    /// Its own character data.
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every descendant (and itself) named `name`, in document order.
    func all(_ name: String) -> [XMLElementTree] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// The first child named `name`.
    func child(_ name: String) -> XMLElementTree? { children.first { $0.name == name } }

    /// `x:c` → `c`.
    static func local(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    /// Attributes keyed by local name; a prefixed one (`r:id`) wins over none.
    static func localAttributes(_ attributes: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in attributes where !key.hasPrefix("xmlns") {
            let local = Self.local(key)
            if result[local] == nil || key.contains(":") { result[local] = value }
        }
        return result
    }

    /// Parses `data`; `nil` with the parser's complaint when it is not well-formed.
    static func parse(_ data: Data) -> Result<XMLElementTree, XMLPartError> {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else {
            return .failure(
                XMLPartError(line: parser.lineNumber, reason: parser.parserError.map { "\($0.localizedDescription)" } ?? "no root"))
        }
        return .success(root)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLElementTree] = []
        var root: XMLElementTree?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            let element = XMLElementTree(name: XMLElementTree.local(elementName), attributes: XMLElementTree.localAttributes(attributeDict))
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
    }
}

/// Why a workbook's XML part could not be read.
struct XMLPartError: Error {
    /// The line the parser stopped at.
    var line: Int
    /// The parser's reason.
    var reason: String
}
