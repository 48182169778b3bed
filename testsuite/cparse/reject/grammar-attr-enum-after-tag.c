/* C2x attributes: between an enum tag and its body (gcc 12, gnu17). */
enum E [[gnu::packed]] { A };
