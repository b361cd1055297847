/**
 * The local backend, this process's side: proxies' cores ({@link dev.jmp.manager.client.LocalCore})
 * over a link to a manager server ({@code ManagerLink}: its address, key, a pool of idle
 * connections and the process's anchor connection), starting a server JVM or connecting to one
 * ({@link dev.jmp.manager.client.LocalManager}), and rebuilding the server's failures as
 * exceptions. Not user API: public only so the manager API can start and connect local
 * managers; the module does not export the package.
 *
 * <p>A built-in call encodes its method's arguments by their shapes into one request, and
 * decodes the reply by the result's shape ({@code dev.jmp.manager.wire.Shapes}); a
 * {@code @Shared} call sends what its generated proxy encoded. A reply that hands the caller
 * something is acknowledged as soon as it is read ({@code Connection}). The package never depends
 * on the API: the API gives it its proxy and exception types
 * ({@link dev.jmp.manager.client.LocalManager#install}).
 */
package dev.jmp.manager.client;
