package billing;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.SyncManager;
import dev.jmp.pool.Pool;
import dev.jmp.queue.Queue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invoices go through a pool task, a queue to another process and a manager's dict. */
public class Invoices {

    /** Adds a late fee of 5% and gives 30 more days. */
    @ProcessTask
    public static Invoice late(Invoice invoice) {
        BigDecimal fee = invoice.amount().multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_EVEN);
        return new Invoice(invoice.id(), invoice.amount().add(fee), invoice.due().plusDays(30));
    }

    /** Files each invoice of the queue under a UUID of its id, with when it was filed, until the empty one. */
    @ProcessTask
    public static void file(Queue<Invoice> invoices, DictProxy<UUID, Invoice> ledger,
            DictProxy<String, Optional<Instant>> filedAt) throws InterruptedException {
        for (Invoice invoice; (invoice = invoices.get()).id() != 0; ) {
            ledger.put(new UUID(0, invoice.id()), invoice);
        }
        filedAt.put("last", Optional.of(Instant.parse("2026-12-05T10:15:30.123456789Z")));
        filedAt.put("never", Optional.empty());
    }

    public static void main(String[] args) throws Exception {
        List<Invoice> open = List.of(new Invoice(1, new BigDecimal("100.00"), LocalDate.of(2026, 12, 31)),
                new Invoice(2, new BigDecimal("19.99"), LocalDate.of(2027, 2, 28)));
        List<Invoice> overdue;
        try (Pool pool = new Pool(2)) {
            overdue = pool.map(InvoicesTasks::late, open);
        }
        overdue.forEach(i -> System.out.println("pool: " + i));

        try (SyncManager manager = Manager.start(); Queue<Invoice> queue = Queue.create(Invoice.class)) {
            DictProxy<UUID, Invoice> ledger = manager.dict();
            DictProxy<String, Optional<Instant>> filedAt = manager.dict();
            Process clerk = new Process(InvoicesTasks.file(queue, ledger, filedAt));
            clerk.start();
            for (Invoice invoice : overdue) {
                queue.put(invoice);
            }
            queue.put(new Invoice(0, BigDecimal.ZERO, LocalDate.EPOCH));
            clerk.join(Duration.ofMinutes(1));
            System.out.println("clerk exit: " + clerk.exitCode().orElse(-1));
            for (Invoice invoice : overdue) {
                Invoice filed = ledger.get(new UUID(0, invoice.id()));
                System.out.println("ledger: " + filed + " same=" + filed.equals(invoice));
            }
            System.out.println("filed at: " + filedAt.get("last").orElseThrow() + ", never: " + filedAt.get("never"));
        }
    }
}
