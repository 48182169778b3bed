_Pragma("once")
once_op_body
