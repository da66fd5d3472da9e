import CaseloadCLI
import Foundation

exit(Caseload.main(arguments: Array(CommandLine.arguments.dropFirst())))
