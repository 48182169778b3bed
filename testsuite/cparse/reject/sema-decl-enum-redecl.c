/* 6.7.2.3p1 for enums: gcc "redeclaration of enum E". */
enum E { A };
enum E { B };
