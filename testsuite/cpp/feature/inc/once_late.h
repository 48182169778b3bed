once_late_body
#pragma once
