/* Bad input: #else with no open conditional. */
#else
