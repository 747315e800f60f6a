package web

import (
	"context"
	"errors"
	"log"
	"net"
	"net/http"
	"time"
)

// ShutdownGrace is how long Serve waits for requests in flight once its
// context is done.
const ShutdownGrace = 10 * time.Second

// Serve serves h on ln until ctx is done (SIGINT or SIGTERM in the
// command), then stops accepting connections and waits up to ShutdownGrace
// for requests in flight. A clean shutdown returns nil.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, timeout time.Duration, errorLog *log.Logger) error {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       timeout,
		WriteTimeout:      timeout + 15*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          errorLog,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
