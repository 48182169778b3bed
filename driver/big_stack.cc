// big_stack.cc — see big_stack.h.
#include "driver/big_stack.h"

#include <pthread.h>

namespace kcarve::driver {

namespace {

struct Job {
  const std::function<int()>* fn;
  int status;
};

void* job_thread(void* p) {
  Job* j = static_cast<Job*>(p);
  j->status = (*j->fn)();
  return nullptr;
}

} // namespace

int run_on_big_stack(const std::function<int()>& fn) {
  Job job{&fn, 1};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t(1) << 30);
  pthread_t th;
  int made = pthread_create(&th, &attr, job_thread, &job);
  pthread_attr_destroy(&attr);
  if (made != 0) return fn();
  pthread_join(th, nullptr);
  return job.status;
}

} // namespace kcarve::driver
