import OGCard
import Testing

/// Tailwind 1 class parsing.
@Suite struct TailwindClassesTests {
    @Test(arguments: [
        ("text-xs", 12), ("text-sm", 14), ("text-base", 16), ("text-lg", 18), ("text-xl", 20),
        ("text-2xl", 24), ("text-3xl", 30), ("text-4xl", 36), ("text-5xl", 48), ("text-6xl", 64),
    ])
    func fontSizes(name: String, px: Int) {
        let classes = TailwindClasses(name)
        #expect(classes.fontSize == px)
        #expect(classes.lineHeight == Double(px) * 1.5)
        #expect(classes.unknownClasses.isEmpty)
    }

    @Test func alignment() {
        #expect(TailwindClasses("text-left").textAlignment == .left)
        #expect(TailwindClasses("text-center").textAlignment == .center)
        #expect(TailwindClasses("text-right").textAlignment == .right)
        #expect(TailwindClasses("text-justify").textAlignment == .justify)
        #expect(TailwindClasses("text-left").fontSize == nil)
    }

    @Test func spacingScale() {
        let expected: [String: Int] = [
            "0": 0, "px": 1, "1": 4, "2": 8, "3": 12, "4": 16, "5": 20, "6": 24, "8": 32, "10": 40,
            "12": 48, "16": 64, "20": 80, "24": 96, "32": 128, "40": 160, "48": 192, "56": 224, "64": 256,
        ]
        for (key, px) in expected {
            #expect(TailwindClasses("mt-\(key)").margins.top == px)
            #expect(TailwindClasses("-mt-\(key)").margins.top == -px)
            #expect(TailwindClasses("w-\(key)").width == px)
            #expect(TailwindClasses("h-\(key)").height == px)
        }
    }

    @Test func marginSides() {
        #expect(TailwindClasses("-mt-12").margins == TailwindMargins(top: -48))
        #expect(TailwindClasses("-mt-8 -mx-32").margins == TailwindMargins(top: -32, right: -128, left: -128))
        #expect(
            TailwindClasses("-my-20 -mx-16").margins == TailwindMargins(top: -80, right: -64, bottom: -80, left: -64))
        #expect(TailwindClasses("mr-4").margins == TailwindMargins(right: 16))
        #expect(TailwindClasses("m-0").margins == TailwindMargins(top: 0, right: 0, bottom: 0, left: 0))
        #expect(TailwindClasses("-m-20").margins == TailwindMargins(top: -80, right: -80, bottom: -80, left: -80))
        #expect(TailwindClasses("mb-2 ml-3").margins == TailwindMargins(bottom: 8, left: 12))
    }

    @Test func laterClassesOverridePerSide() {
        #expect(TailwindClasses("m-4 mt-8").margins == TailwindMargins(top: 32, right: 16, bottom: 16, left: 16))
        #expect(TailwindClasses("mt-8 m-4").margins == TailwindMargins(top: 16, right: 16, bottom: 16, left: 16))
        #expect(TailwindClasses("text-2xl text-3xl").fontSize == 30)
    }

    @Test func sizes() {
        let logo = TailwindClasses("w-10 h-10")
        #expect(logo.width == 40 && logo.height == 40)
        #expect(logo.unknownClasses.isEmpty)
    }

    @Test func unknownClassesAreNamed() {
        let classes = TailwindClasses("  text-2xl   font-bold -w-4 mt-7 md:text-xl m-auto text-red-500 ")
        #expect(classes.fontSize == 24)
        #expect(classes.unknownClasses == ["font-bold", "-w-4", "mt-7", "md:text-xl", "m-auto", "text-red-500"])
        #expect(classes.warnings.first == "unknown Tailwind class 'font-bold' ignored")
        #expect(classes.source == "text-2xl font-bold -w-4 mt-7 md:text-xl m-auto text-red-500")
    }

    @Test func emptyString() {
        let classes = TailwindClasses("")
        #expect(classes.margins.isEmpty && classes.fontSize == nil && classes.unknownClasses.isEmpty)
    }
}
