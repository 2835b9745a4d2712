/// Picks the article's blocks out of a scanned page, by structure and density rather than by site:
/// paragraph-like blocks vote for their ancestors (more for long, comma-rich, link-poor text), the
/// best-scored container wins together with its worthy siblings, and inside it blocks under
/// boilerplate-hinted elements or made mostly of links are dropped.
struct MainTextSelector {
    let scan: HTMLScan

    /// The chosen blocks, in page order.
    func select() -> [TextBlock] {
        let elements = scan.elements, blocks = scan.blocks
        guard !elements.isEmpty, !blocks.isEmpty else { return [] }
        // Totals per element: all text, linked text, paragraph-like text, and whether an articleBody is inside.
        var chars = [Int](repeating: 0, count: elements.count)
        var linkChars = [Int](repeating: 0, count: elements.count)
        var goodChars = [Int](repeating: 0, count: elements.count)
        var holdsArticleBody = [Bool](repeating: false, count: elements.count)
        for block in blocks {
            let good = block.chars >= 25 && block.linkChars * 2 < block.chars ? block.chars : 0
            var e = Int(block.element)
            while e >= 0 {
                chars[e] += block.chars; linkChars[e] += block.linkChars; goodChars[e] += good
                e = Int(elements[e].parent)
            }
        }
        for i in stride(from: elements.count - 1, through: 0, by: -1) where elements[i].hints.contains(.articleBody) || holdsArticleBody[i] {
            holdsArticleBody[i] = true
            if elements[i].parent >= 0 { holdsArticleBody[Int(elements[i].parent)] = true }
        }
        let totalGood = max(1, goodChars.max() ?? 1)

        // Boilerplate hints count, except on layout wrappers: an element holding the article body or
        // most of the page's paragraph text is a "with-sidebar" layout class, not a sidebar.
        var depth = [Int32](repeating: 0, count: elements.count)
        var boilerAncestor = [Int32](repeating: -1, count: elements.count)
        for (i, e) in elements.enumerated() {
            let p = Int(e.parent)
            depth[i] = p >= 0 ? depth[p] + 1 : 0
            let own = !e.hints.isDisjoint(with: [.boilerplate, .chrome]) && !holdsArticleBody[i] && goodChars[i] * 2 < totalGood
            boilerAncestor[i] = own ? Int32(i) : (p >= 0 ? boilerAncestor[p] : -1)
        }

        // Votes: each paragraph-like block scores its container and a few ancestors above it.
        var score = [Double](repeating: 0, count: elements.count)
        var voted = [Bool](repeating: false, count: elements.count)
        for block in blocks where block.chars >= 25 && Self.votes(block.tag) && boilerAncestor[Int(block.element)] < 0 {
            let density = Double(block.linkChars) / Double(block.chars)
            let value = (1 + Double(block.commas) + min(Double(block.chars) / 100, 3)) * (1 - density)
            var e = block.tag == .p || block.tag == .pre || block.tag == .td ? Int(elements[Int(block.element)].parent) : Int(block.element)
            var level = 0
            while e >= 0, level < 5 {
                if !voted[e] { voted[e] = true; score[e] += Self.initialScore(elements[e]) }
                score[e] += value / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                e = Int(elements[e].parent); level += 1
            }
        }
        var best = -1
        var bestScore = 0.0
        for e in 0..<elements.count where voted[e] {
            let density = chars[e] > 0 ? Double(linkChars[e]) / Double(chars[e]) : 0
            score[e] *= 1 - density
            if score[e] > bestScore { bestScore = score[e]; best = e }
        }
        guard best >= 0 else { return blocks.filter { $0.chars >= 25 && $0.linkChars * 2 < $0.chars } }

        // The winner and its siblings that score well or hold plain paragraphs.
        let parent = elements[best].parent
        var selected = Set<Int>([best])
        if parent >= 0 {
            let threshold = max(10, bestScore * 0.2)
            for e in 0..<elements.count where elements[e].parent == parent && e != best && voted[e] && score[e] >= threshold {
                selected.insert(e)
            }
        }
        // Articles split into repeated containers (text, ad, text…): same depth, same tag and hints,
        // sharing an ancestor a few levels up.
        var ancestors: [Int] = []
        var a = Int(elements[best].parent)
        while a >= 0 && ancestors.count < 3 { ancestors.append(a); a = Int(elements[a].parent) }
        // A container the template names as the article body may repeat further apart and at other depths.
        let namedBody = elements[best].hints.contains(.articleBody)
        while a >= 0 && namedBody && ancestors.count < 8 { ancestors.append(a); a = Int(elements[a].parent) }
        for e in 0..<elements.count where voted[e] && e != best && score[e] >= bestScore * (depth[e] == depth[best] ? 0.15 : 0.3)
            && elements[e].tag == elements[best].tag && elements[e].hints == elements[best].hints
            && (depth[e] == depth[best] || namedBody) {
            var up = Int(elements[e].parent), steps = 0
            while up >= 0 && steps < ancestors.count && !ancestors.contains(up) { up = Int(elements[up].parent); steps += 1 }
            if up >= 0 && ancestors.contains(up) && !selected.contains(where: { isAncestor($0, of: e) || isAncestor(e, of: $0) }) {
                selected.insert(e)
            }
        }
        func isAncestor(_ x: Int, of y: Int) -> Bool {
            var e = Int(elements[y].parent)
            while e >= 0 && depth[e] >= depth[x] { if e == x { return true }; e = Int(elements[e].parent) }
            return false
        }
        let minSelectedDepth = selected.map { depth[$0] }.min() ?? depth[best]
        func selectionRoot(_ block: TextBlock) -> Int? {
            var e = Int(block.element)
            while e >= 0 && depth[e] >= minSelectedDepth {
                if selected.contains(e) { return e }
                e = Int(elements[e].parent)
            }
            return nil
        }
        var out: [TextBlock] = []
        for block in blocks {
            let root: Int
            if let r = selectionRoot(block) { root = r } else if Int(block.element) >= 0, elements[Int(block.element)].parent == parent,
                block.tag == .p, block.chars > 80, block.linkChars * 4 < block.chars {
                root = Int(block.element)
            } else { continue }
            let boiler = boilerAncestor[Int(block.element)]
            if boiler >= 0 && depth[Int(boiler)] > depth[root] { continue }
            if block.linkChars * 5 > block.chars * 3 { continue }
            if block.tag == .h1 { continue }
            out.append(block)
        }
        return out
    }

    private static func votes(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .pre, .td, .div, .section, .article, .main, .blockquote, .dd, .other, .body, .font, .span: return true
        default: return false
        }
    }

    private static func initialScore(_ e: ScannedElement) -> Double {
        var s: Double
        switch e.tag {
        case .div, .article, .main, .section: s = 5
        case .pre, .td, .blockquote: s = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
        default: s = 0
        }
        if e.hints.contains(.content) { s += 25 }
        if e.hints.contains(.articleBody) { s += 25 }
        if e.hints.contains(.boilerplate) { s -= 25 }
        return s
    }
}
