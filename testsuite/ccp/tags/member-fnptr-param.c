/* A tag named only in a parameter list inside a struct body (a function
   pointer member) is in prototype scope there: `struct tag;` comes first. */
/* ccp-nm: T klpp_pu_f */
struct dev;
struct bus_ops {
	int (*read)(struct dev *d, int reg);
};
struct dev {
	const struct bus_ops *ops;
};

int pu_f(struct dev *d)
{
	return d->ops->read(d, 0);
}
