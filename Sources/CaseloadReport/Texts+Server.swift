extension Texts {
    /// What `caseload serve` says when it refuses its configuration. (The HTTP error bodies
    /// stay English: they are an API read by programs, with stable codes.)
    public enum Server {
        /// A non-loopback address without a token.
        public static func unprotectedBind(_ host: String) -> Text {
            Text(
                nl: "ik luister niet op \(host) zonder token: geef --token-file BESTAND of zet CASELOAD_TOKEN, of luister op 127.0.0.1",
                en: "refusing to listen on \(host) without a token: give --token-file FILE or set CASELOAD_TOKEN, or bind 127.0.0.1")
        }
        /// A token under 16 characters.
        public static let weakToken = Text(
            nl: "het token is korter dan 16 tekens; gebruik een lang willekeurig token, bijv. `openssl rand -hex 24`",
            en: "the token is shorter than 16 characters; use a long random one, e.g. `openssl rand -hex 24`")
        /// A port outside 0…65535.
        public static func badPort(_ port: Int) -> Text {
            Text(nl: "poort \(port) ligt niet tussen 0 en 65535", en: "port \(port) is not 0…65535")
        }
    }
}
