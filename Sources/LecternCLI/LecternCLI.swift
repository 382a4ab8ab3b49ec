public enum LecternMain { public static func main() { print("lectern") } }
