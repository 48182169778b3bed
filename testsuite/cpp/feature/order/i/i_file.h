i_file: __FILE__
