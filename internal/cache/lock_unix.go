//go:build unix

package cache

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes an exclusive advisory lock on file without waiting: false
// with no error when another open file holds it (the kernel lets it go
// when its process dies, kill -9 included).
func tryLock(file *os.File) (bool, error) {
	err := syscall.Flock(int(file.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EINTR) {
		return false, nil
	}
	return err == nil, err
}

func unlock(file *os.File) { syscall.Flock(int(file.Fd()), syscall.LOCK_UN) }
