n_in_d3
