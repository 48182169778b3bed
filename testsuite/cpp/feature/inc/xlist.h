/* No guard: included once per X definition (the X-macro pattern). */
X(red, 1)
X(green, 2)
X(blue, 4)
