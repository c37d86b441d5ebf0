<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminForm</name>
    <message>
        <source>e.g. admin</source>
        <translation>misalnya: admin</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nam&amp;a lengkap</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Admin pertama</translation>
    </message>
    <message>
        <source>This account signs in and adds the other operators. Remember the password.</source>
        <translation>Akun ini dipakai untuk masuk dan menambah operator lain. Ingat baik-baik kata sandinya.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Puskesos Desktop</source>
        <translation>Puskesos Desktop</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the disk is not full and that the file is not opened by another program, then start the application again.</source>
        <translation>Basis data tidak dapat dibuka. Periksa apakah disk tidak penuh dan berkasnya tidak sedang dibuka program lain, lalu jalankan aplikasi ini lagi.</translation>
    </message>
    <message>
        <source>This version encrypts the data on this laptop. An administrator signs in once; the conversion takes a moment and nothing is lost if it is interrupted.</source>
        <translation>Versi ini mengenkripsi data di laptop ini. Seorang admin masuk sekali; pengubahannya memerlukan sebentar, dan tidak ada yang hilang bila terputus.</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Mengenkripsi basis data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Memulihkan basis data…</translation>
    </message>
    <message>
        <source>The database was restored from %1. Sign in with the password you had when the backup was made (or the recovery code of that time).</source>
        <translation>Basis data dipulihkan dari %1. Masuklah dengan kata sandi yang berlaku saat cadangan dibuat (atau kode pemulihan saat itu).</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Membuat cadangan hari ini…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Cadangan hari ini tidak dapat dibuat: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Installation set up</source>
        <translation>Instalasi disiapkan</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Kode pemulihan dipakai</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Basis data dienkripsi</translation>
    </message>
    <message>
        <source>Full NIK / No KK shown</source>
        <translation>NIK / No KK lengkap ditampilkan</translation>
    </message>
    <message>
        <source>Full numbers printed (command line)</source>
        <translation>Nomor lengkap ditampilkan (baris perintah)</translation>
    </message>
    <message>
        <source>Referral letter printed</source>
        <translation>Surat rujukan dicetak</translation>
    </message>
    <message>
        <source>Referral created</source>
        <translation>Rujukan dibuat</translation>
    </message>
    <message>
        <source>Referral changed</source>
        <translation>Rujukan diubah</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>Status rujukan diubah</translation>
    </message>
    <message>
        <source>Referral outcome recorded</source>
        <translation>Hasil rujukan dicatat</translation>
    </message>
    <message>
        <source>Household added</source>
        <translation>Keluarga ditambah</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>Keluarga diubah</translation>
    </message>
    <message>
        <source>Household removed</source>
        <translation>Keluarga dihapus</translation>
    </message>
    <message>
        <source>Households imported</source>
        <translation>Keluarga diimpor</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Anggota ditambah</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Anggota diubah</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Anggota dihapus</translation>
    </message>
    <message>
        <source>Person moved to another household</source>
        <translation>Anggota dipindah ke keluarga lain</translation>
    </message>
    <message>
        <source>Need recorded</source>
        <translation>Kebutuhan dicatat</translation>
    </message>
    <message>
        <source>Need status changed</source>
        <translation>Status kebutuhan diubah</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>Keluhan dicatat</translation>
    </message>
    <message>
        <source>Complaint status changed</source>
        <translation>Status keluhan diubah</translation>
    </message>
    <message>
        <source>Office data changed</source>
        <translation>Data kantor diubah</translation>
    </message>
    <message>
        <source>Catalogue service saved</source>
        <translation>Layanan katalog disimpan</translation>
    </message>
    <message>
        <source>Catalogue service enabled/disabled</source>
        <translation>Layanan katalog diaktifkan/dinonaktifkan</translation>
    </message>
    <message>
        <source>Institution saved</source>
        <translation>Lembaga disimpan</translation>
    </message>
    <message>
        <source>Institution enabled/disabled</source>
        <translation>Lembaga diaktifkan/dinonaktifkan</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>Operator ditambah</translation>
    </message>
    <message>
        <source>Operator enabled</source>
        <translation>Operator diaktifkan</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>Operator dinonaktifkan</translation>
    </message>
    <message>
        <source>Operator password reset</source>
        <translation>Kata sandi operator diatur ulang</translation>
    </message>
    <message>
        <source>Bundle sent</source>
        <translation>Kiriman dibuat</translation>
    </message>
    <message>
        <source>Bundle received</source>
        <translation>Kiriman diterima</translation>
    </message>
    <message>
        <source>Bundle rejected</source>
        <translation>Kiriman ditolak</translation>
    </message>
    <message>
        <source>Desa enrolled</source>
        <translation>Desa didaftarkan</translation>
    </message>
    <message>
        <source>Desa key revoked</source>
        <translation>Kunci desa dicabut</translation>
    </message>
    <message>
        <source>Kabupaten key installed</source>
        <translation>Kunci kabupaten dipasang</translation>
    </message>
    <message>
        <source>Fork reviewed</source>
        <translation>Percabangan ditinjau</translation>
    </message>
    <message>
        <source>Desa audit rows not taken (diverged)</source>
        <translation>Catatan audit desa tidak diambil (bercabang)</translation>
    </message>
    <message>
        <source>Key file saved</source>
        <translation>Berkas kunci disimpan</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Log audit diekspor</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Dokumen dicetak</translation>
    </message>
    <message>
        <source>Document saved as PDF</source>
        <translation>Dokumen disimpan sebagai PDF</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Old backups removed (rotation)</source>
        <translation>Cadangan lama dihapus (rotasi)</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Basis data dipulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Personal data printed (right of access)</source>
        <translation>Data pribadi dicetak (hak akses)</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Persetujuan dicatat</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Persetujuan ditarik</translation>
    </message>
    <message>
        <source>Consent form printed</source>
        <translation>Formulir persetujuan dicetak</translation>
    </message>
    <message>
        <source>Retention schedule changed</source>
        <translation>Jadwal retensi diubah</translation>
    </message>
    <message>
        <source>Data purged under the retention schedule</source>
        <translation>Data dihapus menurut jadwal retensi</translation>
    </message>
    <message>
        <source>New recovery code made</source>
        <translation>Kode pemulihan baru dibuat</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Data contoh dibuat</translation>
    </message>
    <message>
        <source>Demo history generated</source>
        <translation>Riwayat contoh dibuat</translation>
    </message>
    <message>
        <source>household</source>
        <translation>keluarga</translation>
    </message>
    <message>
        <source>person</source>
        <translation>anggota</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>rujukan</translation>
    </message>
    <message>
        <source>need</source>
        <translation>kebutuhan</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>keluhan</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kantor</translation>
    </message>
    <message>
        <source>service</source>
        <translation>layanan</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>lembaga</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>log audit</translation>
    </message>
    <message>
        <source>database</source>
        <translation>basis data</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>kiriman</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>percabangan</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>asal</translation>
    </message>
    <message>
        <source>desa</source>
        <translation>desa</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Export to Excel… (Ctrl+E)</source>
        <translation>&amp;Ekspor ke Excel… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Or&amp;igin:</source>
        <translation>&amp;Asal:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Entries are only ever added: none can be changed or deleted, and the command &apos;puskesos check&apos; verifies that the log is unbroken.</source>
        <translation>Catatan hanya bisa bertambah: tidak ada yang dapat diubah atau dihapus, dan perintah &apos;puskesos check&apos; memeriksa bahwa log tidak terputus.</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Semua operator</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Semua asal</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Tidak ada catatan yang sesuai.</translation>
    </message>
    <message>
        <source>The newest {count} entries; scroll down for older ones.</source>
        <translation>{count} catatan terbaru; gulir ke bawah untuk yang lebih lama.</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>{count} catatan.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Mengekspor log audit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <source>{count} entries exported to {file}.</source>
        <translation>{count} catatan diekspor ke {file}.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Tidak diekspor</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Object / details</source>
        <translation>Objek / rincian</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made on</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>daily, on closing</source>
        <translation>harian, saat ditutup</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>utuh</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>RUSAK</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>&amp;Other folder…</source>
        <translation>Folder &amp;lain…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups</source>
        <translation>Cadangan &amp;otomatis</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Pulihkan cadangan ini…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Automatic backups of this laptop, in %1. One is made when the window closes (once a day) and before every upgrade; 7 daily, 4 weekly and 12 monthly ones are kept.</source>
        <translation>Cadangan otomatis laptop ini, di %1. Dibuat saat jendela ditutup (sekali sehari) dan sebelum setiap pembaruan; disimpan 7 harian, 4 mingguan dan 12 bulanan.</translation>
    </message>
    <message>
        <source>Backups in %1.</source>
        <translation>Cadangan di %1.</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>No backups in this folder.</source>
        <translation>Tidak ada cadangan di folder ini.</translation>
    </message>
    <message>
        <source>%1 backups, %2 of them damaged: do not rely on those.</source>
        <translation>%1 cadangan, %2 di antaranya rusak: jangan andalkan yang rusak.</translation>
    </message>
    <message>
        <source>%1 backups, all whole.</source>
        <translation>%1 cadangan, semuanya utuh.</translation>
    </message>
    <message>
        <source>Folder with backups (for example a USB stick)</source>
        <translation>Folder berisi cadangan (misalnya flashdisk)</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Central government</source>
        <translation>Pusat</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Layanan</translation>
    </message>
    <message>
        <source>&amp;Institutions</source>
        <translation>Lem&amp;baga</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Only an administrator can change the catalogue and the institutions.</source>
        <translation>Hanya administrator yang dapat mengubah katalog layanan dan daftar lembaga.</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>A&amp;ktifkan</translation>
    </message>
</context>
<context>
    <name>ComplaintActionDialog</name>
    <message>
        <source>Process complaint</source>
        <translation>Proses keluhan</translation>
    </message>
    <message>
        <source>This complaint is closed: there is no further step.</source>
        <translation>Keluhan ini sudah ditutup: tidak ada langkah lanjutan.</translation>
    </message>
    <message>
        <source>{kind} · {category} · received {date} · status {status}</source>
        <translation>{kind} · {category} · diterima {date} · status {status}</translation>
    </message>
    <message>
        <source>Reported by {name} ({relationship}): {text}</source>
        <translation>Dilaporkan oleh {name} ({relationship}): {text}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Forward (disposition) to another office</source>
        <translation>Teruskan (disposisi) ke kantor lain</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Ditangani</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Close: not valid</source>
        <translation>Tutup: tidak valid</translation>
    </message>
    <message>
        <source>Close: duplicate of another complaint</source>
        <translation>Tutup: duplikat keluhan lain</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>&amp;Original complaint</source>
        <translation>Keluhan a&amp;sal</translation>
    </message>
    <message>
        <source>Filter by reporter or description</source>
        <translation>Cari menurut pelapor atau uraian</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>Forwarded &amp;to (required)</source>
        <translation>Diteruskan &amp;kepada (wajib)</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Alasan (wajib)</translation>
    </message>
    <message>
        <source>Choose the next step.</source>
        <translation>Pilih langkah berikutnya.</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Ketik tanggal dengan format HH-BB-TTTT.</translation>
    </message>
    <message>
        <source>Write to whom the complaint is forwarded.</source>
        <translation>Tulis kepada siapa keluhan ini diteruskan.</translation>
    </message>
    <message>
        <source>Write why the complaint is not valid.</source>
        <translation>Tulis mengapa keluhan ini tidak valid.</translation>
    </message>
    <message>
        <source>Choose the original complaint.</source>
        <translation>Pilih keluhan asalnya.</translation>
    </message>
    <message>
        <source>Complaint not changed</source>
        <translation>Keluhan tidak diubah</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>Keluhan baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>Tanggal &amp;diterima</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Uraian</translation>
    </message>
    <message>
        <source>What the reporter said, in their words</source>
        <translation>Apa yang disampaikan pelapor, dengan kata-katanya sendiri</translation>
    </message>
    <message>
        <source>Reporter and person concerned</source>
        <translation>Pelapor dan warga yang bersangkutan</translation>
    </message>
    <message>
        <source>Reporter &amp;name</source>
        <translation>&amp;Nama pelapor</translation>
    </message>
    <message>
        <source>Re&amp;lationship to the person</source>
        <translation>&amp;Hubungan dengan warga</translation>
    </message>
    <message>
        <source>Reporter &amp;phone</source>
        <translation>&amp;Telepon pelapor</translation>
    </message>
    <message>
        <source>&amp;Person concerned</source>
        <translation>&amp;Warga yang bersangkutan</translation>
    </message>
    <message>
        <source>Search by name or NIK, then ↓ to choose</source>
        <translation>Cari menurut nama atau NIK, lalu ↓ untuk memilih</translation>
    </message>
    <message>
        <source>Not registered (yet)</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Ketik tanggal dengan format HH-BB-TTTT.</translation>
    </message>
    <message>
        <source>Complaint not recorded</source>
        <translation>Keluhan tidak dicatat</translation>
    </message>
</context>
<context>
    <name>ComplaintEventModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>baris perintah</translation>
    </message>
</context>
<context>
    <name>ComplaintsTableModel</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Warga yang bersangkutan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Lama terbuka (hari)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>Overdue {days} days</source>
        <translation>Terlambat {days} hari</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent of the household {no_kk}</source>
        <translation>Persetujuan keluarga {no_kk}</translation>
    </message>
    <message>
        <source>another recipient, by name (optional)</source>
        <translation>penerima lain, sebut namanya (boleh kosong)</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Catat persetujuan</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>Ta&amp;rik persetujuan…</translation>
    </message>
    <message>
        <source>&amp;Print the consent form…</source>
        <translation>Ceta&amp;k formulir persetujuan…</translation>
    </message>
    <message>
        <source>New consent (after the form was signed or thumbprinted)</source>
        <translation>Persetujuan baru (sesudah formulir ditandatangani atau dicap jempol)</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Diberikan oleh</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Dibagikan kepada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>No consent is recorded for this household yet. Print the form, let a member sign or thumbprint it, keep it in the file, and record it here.</source>
        <translation>Belum ada persetujuan tercatat untuk keluarga ini. Cetak formulirnya, minta seorang anggota keluarga menandatangani atau membubuhkan cap jempol, simpan di arsip, lalu catat di sini.</translation>
    </message>
    <message>
        <source>Consent given by {name} on {date} (form version {version}), recorded by {who}. Shared with: {shared}.</source>
        <translation>Persetujuan diberikan oleh {name} pada {date} (formulir versi {version}), dicatat oleh {who}. Dibagikan kepada: {shared}.</translation>
    </message>
    <message>
        <source>WITHDRAWN on {date}{note}: the data is no longer shared; a referral letter warns before it is printed.</source>
        <translation>DITARIK pada {date}{note}: data tidak lagi dibagikan; surat rujukan memberi peringatan sebelum dicetak.</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Ketik tanggal dengan format HH-BB-TTTT.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Tarik persetujuan</translation>
    </message>
    <message>
        <source>The household withdraws its consent today. Its data is no longer shared, and referral letters warn before they are printed. Note (optional, no personal data):</source>
        <translation>Keluarga menarik persetujuannya hari ini. Datanya tidak lagi dibagikan, dan surat rujukan memberi peringatan sebelum dicetak. Catatan (boleh kosong, tanpa data pribadi):</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulir persetujuan</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Something went wrong that the application did not expect. Your saved data is safe. Please copy the report below and send it to the person who maintains this application.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman. Silakan salin laporan di bawah ini dan kirimkan kepada pengelola aplikasi ini.</translation>
    </message>
    <message>
        <source>The report was also written to:</source>
        <translation>Laporan ini juga disimpan di:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>DesaPage</name>
    <message>
        <source>This kabupaten&apos;s fingerprint:</source>
        <translation>Sidik jari kunci kabupaten ini:</translation>
    </message>
    <message>
        <source>Save kabupaten &amp;public key…</source>
        <translation>Simpan &amp;kunci publik kabupaten…</translation>
    </message>
    <message>
        <source>&amp;Enroll desa… (Ctrl+N)</source>
        <translation>&amp;Daftarkan desa… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <source>&amp;Send return bundle… (Ctrl+E)</source>
        <translation>Buat kiriman &amp;balik… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Review f&amp;orks…</source>
        <translation>Tinjau &amp;percabangan…</translation>
    </message>
    <message>
        <source>Changes a restored or copied desa database sent with numbers already used: both versions are kept</source>
        <translation>Perubahan yang dikirim basis data desa hasil pemulihan atau salinan dengan nomor yang sudah terpakai: kedua versi disimpan</translation>
    </message>
    <message>
        <source>(no key yet)</source>
        <translation>(belum ada kunci)</translation>
    </message>
    <message>
        <source>{count} desas enrolled</source>
        <translation>{count} desa terdaftar</translation>
    </message>
    <message>
        <source>, {silent} silent for more than {days} days</source>
        <translation>, {silent} tidak mengirim lebih dari {days} hari</translation>
    </message>
    <message>
        <source>Save the kabupaten&apos;s public key</source>
        <translation>Simpan kunci publik kabupaten</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Berkas kunci (*.json)</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>Kunci tidak disimpan</translation>
    </message>
    <message>
        <source>Public key saved to {path}. Give it to each desa for its set-up; it holds no secret.</source>
        <translation>Kunci publik disimpan di {path}. Berikan kepada setiap desa untuk penyiapan aplikasinya; berkas ini tidak berisi rahasia.</translation>
    </message>
    <message>
        <source>Enrollment file of a desa</source>
        <translation>Berkas pendaftaran desa</translation>
    </message>
    <message>
        <source>Enrollment files (*.json);;All files (*)</source>
        <translation>Berkas pendaftaran (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Desa not enrolled</source>
        <translation>Desa tidak didaftarkan</translation>
    </message>
    <message>
        <source>The new laptop of desa {code} ({name}) replaces its old installation, whose key is revoked. Send it a return bundle (Ctrl+E): it brings the desa&apos;s data back to the new laptop.</source>
        <translation>Laptop baru desa {code} ({name}) menggantikan instalasi lamanya; kunci lama sudah dicabut. Buat kiriman balik (Ctrl+E): kiriman itu mengembalikan data desa ke laptop baru.</translation>
    </message>
    <message>
        <source>Desa {code} ({name}) enrolled. Its bundles can be imported now.</source>
        <translation>Desa {code} ({name}) sudah didaftarkan. Berkas kirimannya sekarang dapat diimpor.</translation>
    </message>
    <message>
        <source>Desa already enrolled</source>
        <translation>Desa sudah terdaftar</translation>
    </message>
    <message>
        <source>Desa {code} already has an installation here (fingerprint {fingerprint}, enrolled {date}).

Does this new laptop replace it, because the old laptop was lost or broke and there is no backup?

Yes: the new laptop takes the old installation over. The old key is revoked, and the next return bundle brings every record of the desa back to the new laptop.
No: enroll it as a second installation; the old installation&apos;s records stay here only.</source>
        <translation>Desa {code} sudah punya instalasi terdaftar di sini (sidik jari {fingerprint}, didaftarkan {date}).

Apakah laptop baru ini menggantikannya, karena laptop lama hilang atau rusak dan tidak ada cadangan?

Ya: laptop baru mengambil alih instalasi lama. Kunci lama dicabut, dan kiriman balik berikutnya mengembalikan semua data desa ke laptop baru.
Tidak: daftarkan sebagai instalasi kedua; data instalasi lama tetap hanya di sini.</translation>
    </message>
    <message>
        <source>Revoke desa key</source>
        <translation>Cabut kunci desa</translation>
    </message>
    <message>
        <source>Revoke the key of desa {code} ({name})? Bundles signed with it will be rejected from now on.

Reason (required, kept in the record):</source>
        <translation>Cabut kunci desa {code} ({name})? Berkas kiriman yang ditandatangani dengan kunci ini akan ditolak mulai sekarang.

Alasan (wajib, disimpan dalam catatan):</translation>
    </message>
    <message>
        <source>Key not revoked</source>
        <translation>Kunci tidak dicabut</translation>
    </message>
    <message>
        <source>The key of desa {code} is revoked.</source>
        <translation>Kunci desa {code} sudah dicabut.</translation>
    </message>
    <message>
        <source>Forks of desa {code} marked as reviewed: {count}.</source>
        <translation>Percabangan desa {code} yang ditandai sudah ditinjau: {count}.</translation>
    </message>
    <message>
        <source>Folder for the return bundle of desa {code} (the USB stick)</source>
        <translation>Folder untuk kiriman balik desa {code} (flashdisk)</translation>
    </message>
    <message>
        <source>Writing the return bundle of desa {code}, then reading it back to verify it… Do not pull the stick.</source>
        <translation>Menulis kiriman balik desa {code}, lalu membacanya kembali untuk memeriksa… Jangan cabut flashdisk.</translation>
    </message>
    <message>
        <source>Return bundle</source>
        <translation>Kiriman balik</translation>
    </message>
    <message>
        <source>Return bundle for desa {code} written and verified: {file} ({rows} changes). It is safe to pull out the stick.</source>
        <translation>Kiriman balik untuk desa {code} sudah ditulis dan diperiksa: {file} ({rows} perubahan). Sekarang aman untuk mencabut flashdisk.</translation>
    </message>
    <message>
        <source>Return bundle written</source>
        <translation>Kiriman balik sudah ditulis</translation>
    </message>
    <message>
        <source>No return bundle was written for desa {code}.</source>
        <translation>Tidak ada kiriman balik yang ditulis untuk desa {code}.</translation>
    </message>
    <message>
        <source>Return bundle not written</source>
        <translation>Kiriman balik tidak ditulis</translation>
    </message>
</context>
<context>
    <name>DesaTableModel</name>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Kiriman terakhir diterima</translation>
    </message>
    <message>
        <source>Changes received up to</source>
        <translation>Perubahan diterima sampai</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Data cocok</translation>
    </message>
    <message>
        <source>Rejected files</source>
        <translation>Berkas ditolak</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Percabangan data</translation>
    </message>
    <message>
        <source>{desa} (revoked)</source>
        <translation>{desa} (dicabut)</translation>
    </message>
    <message>
        <source>{desa} (new laptop)</source>
        <translation>{desa} (laptop baru)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>yes (up to #{seq})</source>
        <translation>ya (sampai #{seq})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Key revoked on {when}: bundles signed with it are rejected.</source>
        <translation>Kunci dicabut pada {when}: berkas kiriman yang ditandatangani dengannya ditolak.</translation>
    </message>
    <message>
        <source>A new laptop replaces this desa&apos;s lost one: send it a return bundle, which brings the desa&apos;s data back to it. Its bundles are taken once it has imported that.</source>
        <translation>Laptop baru menggantikan laptop desa yang hilang: buat kiriman balik, yang mengembalikan data desa ke laptop itu. Kiriman dari laptop baru diterima setelah kiriman itu diimpor di sana.</translation>
    </message>
    <message>
        <source>No bundle from this desa for {days} days.</source>
        <translation>Tidak ada kiriman dari desa ini selama {days} hari.</translation>
    </message>
</context>
<context>
    <name>DuplicateNikList</name>
    <message>
        <source>The same NIK in more than one desa</source>
        <translation>NIK yang sama di lebih dari satu desa</translation>
    </message>
    <message>
        <source>Listed for review with the desas concerned; nothing is merged automatically. A person who moved is removed by the desa they left.</source>
        <translation>Dicantumkan untuk ditinjau bersama desa-desa yang bersangkutan; tidak ada yang digabung secara otomatis. Warga yang pindah dihapus oleh desa yang ditinggalkannya.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>The first {count} NIKs</source>
        <translation>{count} NIK pertama</translation>
    </message>
    <message>
        <source>{count} NIKs</source>
        <translation>{count} NIK</translation>
    </message>
</context>
<context>
    <name>DuplicateNikModel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Registered in desa</source>
        <translation>Terdaftar di desa</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nama</translation>
    </message>
</context>
<context>
    <name>FindReferralDialog</name>
    <message>
        <source>Find referral by code</source>
        <translation>Cari rujukan dengan kode</translation>
    </message>
    <message>
        <source>Type the code printed on the letter or its return slip, or scan its QR code.</source>
        <translation>Ketik kode yang tercetak pada surat atau lembar baliknya, atau pindai kode QR-nya.</translation>
    </message>
    <message>
        <source>Verification &amp;code</source>
        <translation>&amp;Kode verifikasi</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Record outcome… (Enter)</source>
        <translation>Catat &amp;hasil… (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Lembaga tujuan</translation>
    </message>
    <message>
        <source>Outcome due by</source>
        <translation>Batas waktu hasil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Earlier outcomes</source>
        <translation>Hasil sebelumnya</translation>
    </message>
    <message>
        <source>Find referral</source>
        <translation>Cari rujukan</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Belum ada yang dicatat</translation>
    </message>
    <message>
        <source>Outcome recorded: {outcome}. Type or scan the next code.</source>
        <translation>Hasil tercatat: {outcome}. Ketik atau pindai kode berikutnya.</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Bandingkan sidik jari</translation>
    </message>
    <message>
        <source>Enrollment file of desa {code}
{name}</source>
        <translation>Berkas pendaftaran desa {code}
{name}</translation>
    </message>
    <message>
        <source>Phone the operator of this desa and read the fingerprint aloud, group by group. Their laptop shows its own fingerprint (Settings, or at the end of set-up). Enroll only if every symbol is the same: a different fingerprint means the file is not from that laptop.</source>
        <translation>Telepon operator desa ini dan bacakan sidik jarinya, kelompok demi kelompok. Laptop mereka menampilkan sidik jarinya sendiri (di Pengaturan, atau di akhir penyiapan). Daftarkan hanya jika setiap simbolnya sama: sidik jari yang berbeda berarti berkas ini bukan dari laptop tersebut.</translation>
    </message>
    <message>
        <source>The fingerprints &amp;match – enroll</source>
        <translation>Sidik jari &amp;cocok – daftarkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Admin pertama</translation>
    </message>
    <message>
        <source>This installation has no operator yet. Create the administrator account that signs in and adds the other operators.</source>
        <translation>Instalasi ini belum punya operator. Buat akun admin yang dipakai untuk masuk dan menambah operator lain.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ForkReviewDialog</name>
    <message>
        <source>Review forks — desa {desa}</source>
        <translation>Tinjau percabangan — desa {desa}</translation>
    </message>
    <message>
        <source>A copy of this desa&apos;s database restored from an old backup (or copied to another laptop) sent changes with numbers already used for other content. The stored version was kept. If the version from the file is the right one, the desa corrects the data itself and sends it again; here you only mark the fork as reviewed, with a note.</source>
        <translation>Salinan basis data desa ini yang dipulihkan dari cadangan lama (atau disalin ke laptop lain) mengirim perubahan dengan nomor yang sudah dipakai untuk isi lain. Versi yang tersimpan dipertahankan. Jika versi dari berkas yang benar, desa membetulkan datanya sendiri lalu mengirim lagi; di sini Anda hanya menandai percabangan sudah ditinjau, dengan catatan.</translation>
    </message>
    <message>
        <source>After a restore done by the application, a row changed on the restored laptop that its lost laptop had changed too after the backup: the restored laptop&apos;s change is the one stored, and the lost laptop&apos;s version is the one kept here.</source>
        <translation>Sesudah pemulihan oleh aplikasi: data yang diubah di laptop hasil pemulihan, padahal laptop lamanya juga mengubahnya sesudah cadangan dibuat. Perubahan laptop hasil pemulihan yang tersimpan; versi laptop lama yang disimpan di sini.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Change #</source>
        <translation>Perubahan #</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Terdeteksi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Dari berkas</translation>
    </message>
    <message>
        <source>e.g. desa contacted; it corrects the address itself</source>
        <translation>mis. desa sudah dihubungi; desa membetulkan alamatnya sendiri</translation>
    </message>
    <message>
        <source>Review &amp;note</source>
        <translation>&amp;Catatan peninjauan</translation>
    </message>
    <message>
        <source>Mark as &amp;reviewed (Ctrl+Enter)</source>
        <translation>Tandai sudah &amp;ditinjau (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Forks to review: {count}.</source>
        <translation>Percabangan untuk ditinjau: {count}.</translation>
    </message>
    <message>
        <source>No forks left to review for this desa.</source>
        <translation>Tidak ada lagi percabangan untuk ditinjau di desa ini.</translation>
    </message>
    <message>
        <source>Change #{seq} of {table}: {count} fields differ</source>
        <translation>Perubahan #{seq} pada {table}: {count} kolom berbeda</translation>
    </message>
    <message>
        <source>Change #{seq} of {table}: the row is not stored here; only the file has it</source>
        <translation>Perubahan #{seq} pada {table}: baris ini tidak tersimpan di sini; hanya ada di berkas</translation>
    </message>
    <message>
        <source>Fork not marked</source>
        <translation>Percabangan tidak ditandai</translation>
    </message>
    <message>
        <source>Change #{seq} of {table} marked as reviewed. </source>
        <translation>Perubahan #{seq} pada {table} ditandai sudah ditinjau. </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>You changed this form. Discard the changes?</source>
        <translation>Isian formulir ini sudah diubah. Buang perubahan?</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>The operator guide is missing: %s</source>
        <translation>Panduan operator tidak ditemukan: %s</translation>
    </message>
    <message>
        <source>Operator guide</source>
        <translation>Panduan operator</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Cari di panduan (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Sebelumnya</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Ber&amp;ikutnya</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Puskesos Desktop</source>
        <translation>Puskesos Desktop</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Households registered:</source>
        <translation>Keluarga terdaftar:</translation>
    </message>
    <message>
        <source>People registered:</source>
        <translation>Warga terdaftar:</translation>
    </message>
    <message>
        <source>Not yet confirmed by the kabupaten:</source>
        <translation>Belum dikonfirmasi kabupaten:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Referrals past their due date with no return slip recorded</source>
        <translation>Rujukan yang sudah lewat batas waktu tanpa lembar balik tercatat</translation>
    </message>
    <message>
        <source>&amp;Find referral by code (Ctrl+K)</source>
        <translation>&amp;Cari rujukan dengan kode (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Overdue referrals: {count}</source>
        <translation>Rujukan &amp;terlambat: {count}</translation>
    </message>
    <message>
        <source>Complaints open more than {days} days: {count}</source>
        <translation>Keluhan terbuka lebih dari {days} hari: {count}</translation>
    </message>
    <message>
        <source>{count} changes (since {date})</source>
        <translation>{count} perubahan (sejak {date})</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} perubahan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>HouseholdCare</name>
    <message>
        <source>Record a &amp;need… (Ctrl+Shift+K)</source>
        <translation>Catat &amp;kebutuhan… (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>&amp;Refer member… (Ctrl+R)</source>
        <translation>&amp;Rujuk anggota… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record a co&amp;mplaint…</source>
        <translation>Catat ke&amp;luhan…</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <source>Add member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Ubah anggota</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>Show full NIK…</source>
        <translation>NIK lengkap…</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Data pribadi…</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Persetujuan…</translation>
    </message>
    <message>
        <source>Choose a household in the list to see its members.</source>
        <translation>Pilih keluarga di daftar untuk melihat anggotanya.</translation>
    </message>
    <message>
        <source>(no members yet)</source>
        <translation>(belum ada anggota)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>DTSEN</source>
        <translation>DTSEN</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Edit household</source>
        <translation>Ubah data keluarga</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Keluarga baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>No &amp;KK</source>
        <translation>No &amp;KK</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>R&amp;T</source>
        <translation>&amp;RT</translation>
    </message>
    <message>
        <source>R&amp;W</source>
        <translation>R&amp;W</translation>
    </message>
    <message>
        <source>D&amp;usun</source>
        <translation>D&amp;usun</translation>
    </message>
    <message>
        <source>DTSEN &amp;status</source>
        <translation>&amp;Status DTSEN</translation>
    </message>
    <message>
        <source>DTSEN &amp;ID</source>
        <translation>&amp;ID DTSEN</translation>
    </message>
    <message>
        <source>D&amp;esil</source>
        <translation>D&amp;esil</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Perumahan</translation>
    </message>
    <message>
        <source>&amp;Floor area (m²)</source>
        <translation>&amp;Luas lantai (m²)</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>Status kepe&amp;milikan</translation>
    </message>
    <message>
        <source>Floo&amp;r</source>
        <translation>Je&amp;nis lantai</translation>
    </message>
    <message>
        <source>Wa&amp;ll</source>
        <translation>Jenis &amp;dinding</translation>
    </message>
    <message>
        <source>Roo&amp;f</source>
        <translation>Jenis ata&amp;p</translation>
    </message>
    <message>
        <source>Drinking &amp;water</source>
        <translation>Sum&amp;ber air minum</translation>
    </message>
    <message>
        <source>&amp;Toilet</source>
        <translation>&amp;Jamban</translation>
    </message>
    <message>
        <source>Li&amp;ghting</source>
        <translation>Peneran&amp;gan</translation>
    </message>
    <message>
        <source>Programs received</source>
        <translation>Bantuan yang diterima</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>The household agreed to its data being recorded</source>
        <translation>Keluarga setuju datanya dicatat</translation>
    </message>
    <message>
        <source>Consent &amp;date</source>
        <translation>&amp;Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Type the floor area as a number, e.g. 36.</source>
        <translation>Ketik luas lantai sebagai angka, misalnya 36.</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Ketik tanggal dengan format HH-BB-TTTT.</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>The household&apos;s consent is not recorded: without it, its data may not be shared with other agencies.</source>
        <translation>Persetujuan keluarga belum dicatat: tanpa persetujuan, datanya tidak boleh dibagikan ke instansi lain.</translation>
    </message>
    <message>
        <source>{fields} not filled in: the household will be missing from lists and reports by area.</source>
        <translation>{fields} belum diisi: keluarga ini tidak akan muncul di daftar dan laporan per wilayah.</translation>
    </message>
    <message>
        <source>Go back and fill them in, or save anyway?</source>
        <translation>Kembali untuk mengisinya, atau simpan saja?</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>&amp;Go back and fill in</source>
        <translation>&amp;Kembali mengisi</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Simpan saja</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>DTSEN status</source>
        <translation>Status DTSEN</translation>
    </message>
</context>
<context>
    <name>HouseholdTimeline</name>
    <message>
        <source>Nothing recorded yet: no needs, complaints or referrals.</source>
        <translation>Belum ada catatan: tidak ada kebutuhan, keluhan, atau rujukan.</translation>
    </message>
    <message>
        <source>{count} events, newest first</source>
        <translation>{count} kejadian, terbaru di atas</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import households</source>
        <translation>Impor data keluarga</translation>
    </message>
    <message>
        <source>CSV or XLSX file, one row per person</source>
        <translation>Berkas CSV atau XLSX, satu baris per orang</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Save an &amp;example file…</source>
        <translation>&amp;Unduh contoh berkas…</translation>
    </message>
    <message>
        <source>The columns to fill in, with two made-up people as examples</source>
        <translation>Kolom yang perlu diisi, dengan dua orang rekaan sebagai contoh</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is saved until you press Import.</source>
        <translation>Pilih berkas, lalu periksa: belum ada yang disimpan sampai Anda menekan Impor.</translation>
    </message>
    <message>
        <source>Chec&amp;k file</source>
        <translation>Peri&amp;ksa berkas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Lembar kerja (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Save the example file</source>
        <translation>Simpan contoh berkas</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV separated by semicolons (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV dipisah titik koma (*.csv)</translation>
    </message>
    <message>
        <source>Example saved as {file}. Replace the two made-up people with one row per person (keep the header row), save it, then choose it here and check it.</source>
        <translation>Contoh disimpan sebagai {file}. Ganti dua orang rekaan itu dengan satu baris per orang (baris judul kolom tetap), simpan, lalu pilih berkas itu di sini dan periksa.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Pilih berkas terlebih dahulu.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Memeriksa berkas…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Impor selesai.</translation>
    </message>
    <message>
        <source>Check finished; nothing has been saved yet.</source>
        <translation>Pemeriksaan selesai; belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>{rows} rows. Households: {hc} new, {hu} updated. People: {pc} new, {pu} updated, {same} unchanged. Rejected: {rejected} rows.</source>
        <translation>{rows} baris. Keluarga: {hc} baru, {hu} diperbarui. Warga: {pc} baru, {pu} diperbarui, {same} tidak berubah. Ditolak: {rejected} baris.</translation>
    </message>
    <message>
        <source>The rejected rows were written to {file}; correct them there and import that file again.</source>
        <translation>Baris yang ditolak disimpan di {file}; perbaiki di sana lalu impor lagi berkas itu.</translation>
    </message>
    <message>
        <source>Press Import to save the good rows; the rejected rows will be written to a file next to this one.</source>
        <translation>Tekan Impor untuk menyimpan baris yang benar; baris yang ditolak akan disimpan dalam berkas di sebelah berkas ini.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Choose files… (Ctrl+O)</source>
        <translation>&amp;Pilih berkas… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Bundle files from the desas&apos; USB sticks (.pskb), several at once. Each file is applied whole or not at all; a rejected file changes nothing and stays on the stick.</source>
        <translation>Berkas kiriman dari flashdisk desa-desa (.pskb), bisa beberapa sekaligus. Setiap berkas diterapkan seluruhnya atau tidak sama sekali; berkas yang ditolak tidak mengubah apa pun dan tetap ada di flashdisk.</translation>
    </message>
    <message>
        <source>No file imported yet.</source>
        <translation>Belum ada berkas yang diimpor.</translation>
    </message>
    <message>
        <source>Bundle files to import</source>
        <translation>Berkas kiriman yang akan diimpor</translation>
    </message>
    <message>
        <source>Puskesos bundles (*{suffix});;All files (*)</source>
        <translation>Berkas kiriman Puskesos (*{suffix});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Menyelesaikan…</translation>
    </message>
    <message>
        <source>Importing file {number} of {total}: {name}</source>
        <translation>Mengimpor berkas {number} dari {total}: {name}</translation>
    </message>
    <message>
        <source>{files} files: {applied} applied, {duplicate} already imported, {rejected} rejected.</source>
        <translation>{files} berkas: {applied} diterapkan, {duplicate} sudah diimpor, {rejected} ditolak.</translation>
    </message>
    <message>
        <source>Cancelled: {count} files not imported.</source>
        <translation>Dibatalkan: {count} berkas tidak diimpor.</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Impor dihentikan</translation>
    </message>
</context>
<context>
    <name>ImportResultModel</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason / details</source>
        <translation>Alasan / keterangan</translation>
    </message>
    <message>
        <source>households</source>
        <translation>keluarga</translation>
    </message>
    <message>
        <source>people</source>
        <translation>warga</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>kebutuhan</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>keluhan</translation>
    </message>
    <message>
        <source>complaint steps</source>
        <translation>langkah keluhan</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>rujukan</translation>
    </message>
    <message>
        <source>referral steps</source>
        <translation>langkah rujukan</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>surat</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>hasil</translation>
    </message>
    <message>
        <source>services</source>
        <translation>layanan</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>lembaga</translation>
    </message>
    <message>
        <source>Applied: {rows} changes</source>
        <translation>Diterapkan: {rows} perubahan</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Sudah diimpor</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>DITOLAK</translation>
    </message>
    <message>
        <source>All data of this desa received up to change #{seq}.</source>
        <translation>Semua data desa ini sudah diterima sampai perubahan #{seq}.</translation>
    </message>
    <message>
        <source>Not reconciled: the desa holds data not received yet.</source>
        <translation>Belum cocok: desa masih menyimpan data yang belum diterima.</translation>
    </message>
    <message>
        <source>{forks} conflicting versions kept for review.</source>
        <translation>{forks} versi yang bertentangan disimpan untuk ditinjau.</translation>
    </message>
    <message>
        <source>{count} already held.</source>
        <translation>{count} sudah ada.</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>households</source>
        <translation>keluarga</translation>
    </message>
    <message>
        <source>people</source>
        <translation>warga</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>kebutuhan</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>keluhan</translation>
    </message>
    <message>
        <source>complaint updates</source>
        <translation>pembaruan keluhan</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>rujukan</translation>
    </message>
    <message>
        <source>referral updates</source>
        <translation>pembaruan rujukan</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>surat</translation>
    </message>
    <message>
        <source>referral outcomes</source>
        <translation>hasil rujukan</translation>
    </message>
    <message>
        <source>services</source>
        <translation>layanan</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>lembaga</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>diterapkan</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>sudah diimpor</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>DITOLAK</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>tidak ada yang baru</translation>
    </message>
</context>
<context>
    <name>IncomingReferralTableModel</name>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
</context>
<context>
    <name>IncomingReferralsPage</name>
    <message>
        <source>&amp;Desa:</source>
        <translation>&amp;Desa:</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Semua rujukan</translation>
    </message>
    <message>
        <source>Printed – awaiting the outcome</source>
        <translation>Dicetak – menunggu hasil</translation>
    </message>
    <message>
        <source>Approved – not printed</source>
        <translation>Disetujui – belum dicetak</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Record &amp;outcome… (Enter)</source>
        <translation>Catat &amp;hasil… (Enter)</translation>
    </message>
    <message>
        <source>All desas</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <source>{desa} (revoked)</source>
        <translation>{desa} (dicabut)</translation>
    </message>
    <message>
        <source>{count} referrals</source>
        <translation>{count} rujukan</translation>
    </message>
    <message>
        <source>Desa {code}</source>
        <translation>Desa {code}</translation>
    </message>
    <message>
        <source>outcome recorded: {outcome} ({day}); the desa&apos;s referral moves when its next return bundle arrives</source>
        <translation>hasil tercatat: {outcome} ({day}); rujukan di desa akan diperbarui saat kiriman balik berikutnya tiba</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>No outcome to record</source>
        <translation>Tidak ada hasil untuk dicatat</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Add institution</source>
        <translation>Tambah lembaga</translation>
    </message>
    <message>
        <source>Edit institution %s</source>
        <translation>Ubah lembaga %s</translation>
    </message>
    <message>
        <source>e.g. kesehatan</source>
        <translation>mis. kesehatan</translation>
    </message>
    <message>
        <source>e.g. Kepala Puskesmas</source>
        <translation>mis. Kepala Puskesmas</translation>
    </message>
    <message>
        <source>e.g. Tempat</source>
        <translation>mis. Tempat</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Addressee (Yth.)</source>
        <translation>&amp;Yth. (jabatan penerima surat)</translation>
    </message>
    <message>
        <source>&amp;Place (di –)</source>
        <translation>&amp;di – (tempat)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Al&amp;amat</translation>
    </message>
</context>
<context>
    <name>InstitutionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Addressee (Yth.)</source>
        <translation>Yth.</translation>
    </message>
    <message>
        <source>Place (di)</source>
        <translation>di –</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
</context>
<context>
    <name>KabupatenKeyPage</name>
    <message>
        <source>Kabupaten key</source>
        <translation>Kunci kabupaten</translation>
    </message>
    <message>
        <source>The public key file of the Dinas Sosial lets this desa send its data to the kabupaten. Leave it empty to skip: it can be installed later on the Send/Receive page.</source>
        <translation>Berkas kunci publik dari Dinas Sosial memungkinkan desa ini mengirim datanya ke kabupaten. Biarkan kosong untuk melewati langkah ini: kunci dapat dipasang nanti di halaman Kirim/Terima.</translation>
    </message>
    <message>
        <source>The kabupaten&apos;s public key file (.json)</source>
        <translation>Berkas kunci publik kabupaten (.json)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;Key file</source>
        <translation>Berkas &amp;kunci</translation>
    </message>
    <message>
        <source>Choose the kabupaten&apos;s public key file</source>
        <translation>Pilih berkas kunci publik kabupaten</translation>
    </message>
    <message>
        <source>Puskesos key files (*.json);;All files (*)</source>
        <translation>Berkas kunci Puskesos (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
</context>
<context>
    <name>KeysDonePage</name>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>The office and the administrator are saved. Press Finish to sign in.</source>
        <translation>Data kantor dan admin sudah disimpan. Tekan Selesai untuk masuk.</translation>
    </message>
    <message>
        <source>This installation&apos;s key fingerprint. Save the enrollment file and give it to the Dinas Sosial; when they enrol it, read this fingerprint aloud to them by telephone:</source>
        <translation>Sidik jari kunci instalasi ini. Simpan berkas pendaftaran dan serahkan kepada Dinas Sosial; saat mereka mendaftarkannya, bacakan sidik jari ini kepada mereka melalui telepon:</translation>
    </message>
    <message>
        <source>Save &amp;enrollment file…</source>
        <translation>Simpan &amp;berkas pendaftaran…</translation>
    </message>
    <message>
        <source>The kabupaten&apos;s key fingerprint. Every desa installs the kabupaten&apos;s public key file; read this fingerprint to a desa that asks whether its file is genuine:</source>
        <translation>Sidik jari kunci kabupaten. Setiap desa memasang berkas kunci publik kabupaten; bacakan sidik jari ini kepada desa yang menanyakan apakah berkasnya asli:</translation>
    </message>
    <message>
        <source>Save the kabupaten &amp;public key…</source>
        <translation>Simpan &amp;kunci publik kabupaten…</translation>
    </message>
    <message>
        <source>(no key made)</source>
        <translation>(kunci tidak dibuat)</translation>
    </message>
    <message>
        <source>Kabupaten key installed: {name} ({code}), fingerprint {fingerprint}.</source>
        <translation>Kunci kabupaten terpasang: {name} ({code}), sidik jari {fingerprint}.</translation>
    </message>
    <message>
        <source>The kabupaten key was not installed: {error} Install the right file later on the Send/Receive page.</source>
        <translation>Kunci kabupaten tidak terpasang: {error} Pasang berkas yang benar nanti di halaman Kirim/Terima.</translation>
    </message>
    <message>
        <source>No kabupaten key yet: install it later on the Send/Receive page.</source>
        <translation>Belum ada kunci kabupaten: pasang nanti di halaman Kirim/Terima.</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Used for the number and the signature of referral letters.</source>
        <translation>Dipakai untuk nomor dan tanda tangan surat rujukan.</translation>
    </message>
    <message>
        <source>e.g. Kepala Desa</source>
        <translation>misalnya: Kepala Desa</translation>
    </message>
    <message>
        <source>&amp;Classification code</source>
        <translation>&amp;Kode klasifikasi</translation>
    </message>
    <message>
        <source>&amp;Unit code</source>
        <translation>Kode &amp;unit</translation>
    </message>
    <message>
        <source>&amp;Signed by (name)</source>
        <translation>Penanda&amp;tangan (nama)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>&amp;NIP (optional)</source>
        <translation>&amp;NIP (boleh kosong)</translation>
    </message>
    <message>
        <source>&quot;Mengetahui&quot; na&amp;me (optional)</source>
        <translation>Nama &quot;&amp;Mengetahui&quot; (boleh kosong)</translation>
    </message>
    <message>
        <source>&quot;Mengetahui&quot; p&amp;osition</source>
        <translation>Ja&amp;batan &quot;Mengetahui&quot;</translation>
    </message>
    <message>
        <source>Head of the Dinas Sosial</source>
        <translation>Kepala Dinas Sosial</translation>
    </message>
</context>
<context>
    <name>LetterRegisterModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
</context>
<context>
    <name>LetterRegisterPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Print register… (Ctrl+P)</source>
        <translation>&amp;Cetak buku agenda… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Gagal dimuat</translation>
    </message>
    <message>
        <source>{count} letters issued in {year}</source>
        <translation>{count} surat keluar pada tahun {year}</translation>
    </message>
    <message>
        <source>No letters issued in {year}.</source>
        <translation>Tidak ada surat keluar pada tahun {year}.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Tidak dicetak</translation>
    </message>
    <message>
        <source>Letter register {year}</source>
        <translation>Buku agenda surat keluar {year}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Puskesos Desktop</source>
        <translation>Puskesos Desktop</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code…</source>
        <translation>Pakai kode &amp;pemulihan…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>The recovery code from the office safe (7 groups of 4 characters). Signing in with it is logged.</source>
        <translation>Kode pemulihan dari brankas kantor (7 kelompok berisi 4 karakter). Masuk dengan kode ini dicatat di log audit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Puskesos Desktop</source>
        <translation>Puskesos Desktop</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Warga</translation>
    </message>
    <message>
        <source>Needs &amp; complaints</source>
        <translation>Kebutuhan &amp; Keluhan</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Surat Keluar</translation>
    </message>
    <message>
        <source>Send/receive</source>
        <translation>Kirim/Terima</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Incoming referrals</source>
        <translation>Rujukan masuk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>Overdue referrals</source>
        <translation>Rujukan terlambat</translation>
    </message>
    <message>
        <source>Signed in as %s</source>
        <translation>Masuk sebagai %s</translation>
    </message>
    <message>
        <source>Log out / switch operator (Ctrl+Shift+L)</source>
        <translation>Keluar akun / Ganti operator (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan keluarga</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Where is this application used?</source>
        <translation>Aplikasi ini dipakai di mana?</translation>
    </message>
    <message>
        <source>This cannot be changed later.</source>
        <translation>Pilihan ini tidak dapat diubah nanti.</translation>
    </message>
    <message>
        <source>&amp;Desa — a village Puskesos</source>
        <translation>&amp;Desa — Puskesos di desa</translation>
    </message>
    <message>
        <source>&amp;Kabupaten — the Dinas Sosial that receives the villages&apos; data</source>
        <translation>&amp;Kabupaten — Dinas Sosial yang menerima data dari desa-desa</translation>
    </message>
    <message>
        <source>This laptop replaces the desa&apos;s &amp;lost or broken laptop, and there is no backup</source>
        <translation>Laptop ini &amp;menggantikan laptop desa yang hilang atau rusak, dan tidak ada cadangan</translation>
    </message>
    <message>
        <source>Tell the Dinas Sosial when you bring them this laptop&apos;s enrollment file: they enroll it in place of the old one, and their return bundle brings the desa&apos;s data back. Letters get numbers after that.</source>
        <translation>Beri tahu Dinas Sosial saat menyerahkan berkas pendaftaran laptop ini: mereka mendaftarkannya sebagai pengganti laptop lama, dan kiriman balik mereka mengembalikan data desa. Surat mendapat nomor sesudah itu.</translation>
    </message>
    <message>
        <source>A new or reinstalled laptop of an office that already has its data in a backup (on a USB stick)? Restore it instead of setting up anew.</source>
        <translation>Laptop baru atau diinstal ulang, sedangkan datanya ada di cadangan (di flashdisk)? Pulihkan cadangan itu, jangan menyiapkan kantor baru.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
</context>
<context>
    <name>MovePersonDialog</name>
    <message>
        <source>Move into this family</source>
        <translation>Pindahkan ke keluarga ini</translation>
    </message>
    <message>
        <source>&amp;Relationship in this family</source>
        <translation>&amp;Hubungan dalam keluarga ini</translation>
    </message>
    <message>
        <source>New &amp;head of the family they leave</source>
        <translation>Kepala keluarga pe&amp;ngganti di KK lama</translation>
    </message>
    <message>
        <source>They are the last member of that household: it stays registered, without members.</source>
        <translation>Ia anggota terakhir keluarga itu: KK lama tetap tercatat, tanpa anggota.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Pindahkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>{name} (NIK {nik}) is registered in the household of {head} (No KK {no_kk}). Moving keeps their data and history; they leave that household.</source>
        <translation>{name} (NIK {nik}) terdaftar di keluarga {head} (No KK {no_kk}). Data dan riwayatnya ikut pindah; ia keluar dari keluarga itu.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Tidak dipindahkan</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Record a need</source>
        <translation>Catat kebutuhan</translation>
    </message>
    <message>
        <source>Household of {head} — No KK {no_kk}</source>
        <translation>Keluarga {head} — No KK {no_kk}</translation>
    </message>
    <message>
        <source>(no members)</source>
        <translation>(tidak ada anggota)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Untuk</translation>
    </message>
    <message>
        <source>&amp;Category (service)</source>
        <translation>&amp;Kategori (layanan)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Urai&amp;an</translation>
    </message>
    <message>
        <source>What is needed, and why</source>
        <translation>Apa yang dibutuhkan, dan mengapa</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Tingkat urgensi</translation>
    </message>
    <message>
        <source>&amp;Recorded on</source>
        <translation>Tanggal &amp;dicatat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>Seluruh keluarga</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Ketik tanggal dengan format HH-BB-TTTT.</translation>
    </message>
    <message>
        <source>Need not recorded</source>
        <translation>Kebutuhan tidak dicatat</translation>
    </message>
</context>
<context>
    <name>NeedsComplaintsPage</name>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Kebutuhan</translation>
    </message>
    <message>
        <source>&amp;Complaints</source>
        <translation>Ke&amp;luhan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Ubah &amp;status</translation>
    </message>
    <message>
        <source>&amp;Refer… (Ctrl+R)</source>
        <translation>&amp;Rujuk… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Overdue (open more than {days} days)</source>
        <translation>Terlambat (terbuka lebih dari {days} hari)</translation>
    </message>
    <message>
        <source>&amp;New complaint (Ctrl+N)</source>
        <translation>Keluhan &amp;baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Process (Enter)</source>
        <translation>&amp;Proses (Enter)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>{count} needs</source>
        <translation>{count} kebutuhan</translation>
    </message>
    <message>
        <source>{count} complaints</source>
        <translation>{count} keluhan</translation>
    </message>
    <message>
        <source>{late} overdue</source>
        <translation>{late} terlambat</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status tidak diubah</translation>
    </message>
    <message>
        <source>Complaint not found</source>
        <translation>Keluhan tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>NeedsTableModel</name>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Tingkat urgensi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>Seluruh keluarga</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Referral letters</source>
        <translation>Surat rujukan</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Keterlambatan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Classification code</source>
        <translation>&amp;Kode klasifikasi</translation>
    </message>
    <message>
        <source>&amp;Unit code</source>
        <translation>Kode &amp;unit</translation>
    </message>
    <message>
        <source>&amp;Place on the date line</source>
        <translation>Tem&amp;pat pada baris tanggal</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>Ukuran ke&amp;rtas</translation>
    </message>
    <message>
        <source>&amp;Signed by (name)</source>
        <translation>Penan&amp;datangan (nama)</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>N&amp;IP (optional)</source>
        <translation>N&amp;IP (boleh kosong)</translation>
    </message>
    <message>
        <source>&quot;Mengetahui&quot; na&amp;me (optional)</source>
        <translation>Nama &quot;&amp;Mengetahui&quot; (boleh kosong)</translation>
    </message>
    <message>
        <source>&quot;Mengetahui&quot; position</source>
        <translation>Jabatan &quot;Mengetahui&quot;</translation>
    </message>
    <message>
        <source>A complaint is &amp;late after</source>
        <translation>Keluhan ter&amp;lambat setelah</translation>
    </message>
    <message>
        <source>A return slip is &amp;due after</source>
        <translation>Lembar &amp;balik ditunggu paling lama</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Printed on the letterhead of every letter.</source>
        <translation>Dicetak pada kop setiap surat.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Pilih l&amp;ogo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Hapus logo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPG image.</source>
        <translation>Berkas ini bukan gambar PNG atau JPG.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Add operator</source>
        <translation>Tambah operator</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nam&amp;a lengkap</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>This referral is closed ({status}): no further outcome can be recorded.</source>
        <translation>Rujukan ini sudah ditutup ({status}): tidak bisa mencatat hasil lagi.</translation>
    </message>
    <message>
        <source>The letter has not been printed yet ({status}): record the print first.</source>
        <translation>Surat belum dicetak ({status}): catat pencetakannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Record outcome (return slip)</source>
        <translation>Catat hasil (lembar balik)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Letter {number} of {date}, code {code}</source>
        <translation>Surat {number} tanggal {date}, kode {code}</translation>
    </message>
    <message>
        <source>Status now: {status}</source>
        <translation>Status sekarang: {status}</translation>
    </message>
    <message>
        <source>Outcome on the return slip</source>
        <translation>Hasil pada lembar balik</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>&amp;To where</source>
        <translation>&amp;Ke mana</translation>
    </message>
    <message>
        <source>&amp;Which documents</source>
        <translation>&amp;Dokumen apa saja</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <source>Received &amp;on</source>
        <translation>&amp;Tanggal diterima</translation>
    </message>
    <message>
        <source>Receiving o&amp;fficer</source>
        <translation>&amp;Petugas penerima</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>e.g. Puskesmas Babakan Madang</source>
        <translation>misalnya: Puskesmas Babakan Madang</translation>
    </message>
    <message>
        <source>Next &amp;appointment</source>
        <translation>&amp;Jadwal kunjungan berikutnya</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Ketik tanggal dengan format HH-BB-TTTT.</translation>
    </message>
    <message>
        <source>Outcome not recorded</source>
        <translation>Hasil tidak dicatat</translation>
    </message>
</context>
<context>
    <name>OverdueReferralsDialog</name>
    <message>
        <source>Overdue referrals</source>
        <translation>Rujukan terlambat</translation>
    </message>
    <message>
        <source>&amp;Record outcome… (Enter)</source>
        <translation>Catat &amp;hasil… (Enter)</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Cetak daftar…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>{count} referrals are past their due date and no return slip has been recorded.</source>
        <translation>{count} rujukan sudah lewat batas waktu dan lembar baliknya belum dicatat.</translation>
    </message>
    <message>
        <source>No overdue referrals: every return slip due has been recorded.</source>
        <translation>Tidak ada rujukan terlambat: semua lembar balik yang jatuh tempo sudah dicatat.</translation>
    </message>
</context>
<context>
    <name>OverdueTableModel</name>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Hari terlambat</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom &amp;in (Ctrl++)</source>
        <translation>&amp;Perbesar (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;out (Ctrl+-)</source>
        <translation>Per&amp;kecil (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Sesuaikan &amp;lebar</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Cetak… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Simpan PDF…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Page {current} of {count}</source>
        <translation>Halaman {current} dari {count}</translation>
    </message>
    <message>
        <source>This document is printed on paper only, never to a file.</source>
        <translation>Dokumen ini hanya dicetak di kertas, tidak pernah ke berkas.</translation>
    </message>
    <message>
        <source>Sending pages to the printer…</source>
        <translation>Mengirim halaman ke printer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Printed: {title}, {pages} pages, to {printer}.</source>
        <translation>Dicetak: {title}, {pages} halaman, ke {printer}.</translation>
    </message>
    <message>
        <source>Printing stopped after {pages} of {total} pages.</source>
        <translation>Pencetakan berhenti setelah {pages} dari {total} halaman.</translation>
    </message>
    <message>
        <source>Nothing was printed: the printer could not be opened.</source>
        <translation>Tidak ada yang dicetak: printer tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This letter was printed before. The PDF will be a copy, marked SALINAN on the letter, and it is counted as another print.

Save the copy?</source>
        <translation>Surat ini sudah pernah dicetak. PDF-nya akan menjadi salinan, bertanda SALINAN pada surat, dan dihitung sebagai satu cetakan lagi.

Simpan salinannya?</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation>PDF tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Disimpan: {path}</translation>
    </message>
    <message>
        <source>(a copy, marked SALINAN)</source>
        <translation>(salinan, bertanda SALINAN)</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>printer bawaan</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit family member</source>
        <translation>Ubah anggota keluarga</translation>
    </message>
    <message>
        <source>New family member</source>
        <translation>Anggota keluarga baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>Na&amp;ma lengkap</translation>
    </message>
    <message>
        <source>as on the KTP/KK</source>
        <translation>sesuai KTP/KK</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Hubungan keluarga</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>Place of &amp;birth</source>
        <translation>Tempat &amp;lahir</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Open that person in &amp;Warga</source>
        <translation>&amp;Buka data orang itu</translation>
    </message>
    <message>
        <source>Move into this &amp;family…</source>
        <translation>Pin&amp;dahkan ke keluarga ini…</translation>
    </message>
    <message>
        <source>Civil data</source>
        <translation>Data kependudukan</translation>
    </message>
    <message>
        <source>M&amp;arital status</source>
        <translation>Status per&amp;kawinan</translation>
    </message>
    <message>
        <source>Relig&amp;ion</source>
        <translation>A&amp;gama</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>&amp;Pendidikan</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>P&amp;ekerjaan</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Telep&amp;on</translation>
    </message>
    <message>
        <source>Mot&amp;her&apos;s maiden name</source>
        <translation>Nama &amp;ibu kandung</translation>
    </message>
    <message>
        <source>&amp;Chronic illness</source>
        <translation>Penyakit k&amp;ronis</translation>
    </message>
    <message>
        <source>Disability and PPKS</source>
        <translation>Disabilitas dan PPKS</translation>
    </message>
    <message>
        <source>Disability (tick all that apply)</source>
        <translation>Disabilitas (centang semua yang sesuai)</translation>
    </message>
    <message>
        <source>PP&amp;KS categories (Space ticks)</source>
        <translation>Kategori PPK&amp;S (Spasi untuk mencentang)</translation>
    </message>
    <message>
        <source>Restricted categories: %s</source>
        <translation>Kategori khusus: %s</translation>
    </message>
    <message>
        <source>Only the koordinator and the admin see and change this. Saving keeps what is recorded.</source>
        <translation>Hanya koordinator dan admin yang dapat melihat dan mengubah isian ini. Menyimpan tidak mengubah yang sudah tercatat.</translation>
    </message>
    <message>
        <source>Type the date of birth as DD-MM-YYYY, e.g. 15-05-1990.</source>
        <translation>Ketik tanggal lahir dengan format HH-BB-TTTT, misalnya 15-05-1990.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Tetap simpan?</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Mohon periksa:</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>NIK, No KK or name, then Enter or Down to choose</source>
        <translation>NIK, No KK atau nama, lalu Enter atau ↓ untuk memilih</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>{count} people found</source>
        <translation>{count} warga ditemukan</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or type part of a NIK or No KK.</source>
        <translation>Tidak ditemukan. Periksa ejaannya, atau ketik sebagian NIK atau No KK.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Kode Pemulihan</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted. This recovery code opens it when every password is forgotten. Write it on paper and keep it in the office safe, not on this laptop. It is shown only now.</source>
        <translation>Data di laptop ini terenkripsi. Kode pemulihan ini membukanya bila semua kata sandi terlupa. Tulis di kertas dan simpan di brankas kantor, jangan di laptop ini. Kode ini hanya ditampilkan sekarang.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Shows the Kode Pemulihan sheet to print for the office safe</source>
        <translation>Menampilkan lembar Kode Pemulihan untuk dicetak dan disimpan di brankas kantor</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the code and will keep it in the safe</source>
        <translation>Saya sudah &amp;menulis atau mencetak kode ini dan akan menyimpannya di brankas</translation>
    </message>
    <message>
        <source>Recovery code sheet</source>
        <translation>Lembar Kode Pemulihan</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Edit referral draft</source>
        <translation>Ubah draf rujukan</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Rujukan baru</translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation>Warga yang dirujuk</translation>
    </message>
    <message>
        <source>&amp;Need answered</source>
        <translation>&amp;Kebutuhan yang dijawab</translation>
    </message>
    <message>
        <source>(choose the person first)</source>
        <translation>(pilih warganya dulu)</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>&amp;Layanan</translation>
    </message>
    <message>
        <source>&amp;Addressed to</source>
        <translation>Lembaga &amp;tujuan</translation>
    </message>
    <message>
        <source>Documents a&amp;ttached
(Space ticks)</source>
        <translation>&amp;Dokumen yang dilampirkan
(Spasi untuk mencentang)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Why this person is referred: the need or complaint, in a few lines</source>
        <translation>Alasan warga ini dirujuk: kebutuhan atau keluhannya, dalam beberapa baris</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>Tingkat &amp;urgensi</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Simpan draf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Documents slip…</source>
        <translation>Lembar &amp;bawa dokumen…</translation>
    </message>
    <message>
        <source>Chosen: {person}</source>
        <translation>Dipilih: {person}</translation>
    </message>
    <message>
        <source>(not linked to a need)</source>
        <translation>(tidak terkait kebutuhan)</translation>
    </message>
    <message>
        <source>(no open needs)</source>
        <translation>(tidak ada kebutuhan terbuka)</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Pilih layanan terlebih dahulu.</translation>
    </message>
    <message>
        <source>This service needs no documents.</source>
        <translation>Layanan ini tidak memerlukan dokumen.</translation>
    </message>
    <message>
        <source>Referral not saved</source>
        <translation>Rujukan tidak disimpan</translation>
    </message>
    <message>
        <source>Documents slip</source>
        <translation>Lembar bawa dokumen</translation>
    </message>
    <message>
        <source>Documents to bring — {name}</source>
        <translation>Dokumen yang perlu dibawa — {name}</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Overdue: no return slip since {due}</source>
        <translation>Terlambat: belum ada lembar balik sejak {due}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>All referrals</source>
        <translation>Semua rujukan</translation>
    </message>
    <message>
        <source>Waiting for approval (draf)</source>
        <translation>Menunggu persetujuan (draf)</translation>
    </message>
    <message>
        <source>Approved – not printed</source>
        <translation>Disetujui – belum dicetak</translation>
    </message>
    <message>
        <source>Printed – awaiting return slip</source>
        <translation>Dicetak – menunggu lembar balik</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>&amp;New referral (Ctrl+N)</source>
        <translation>Rujukan &amp;baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit draft (Enter)</source>
        <translation>&amp;Ubah draf (Enter)</translation>
    </message>
    <message>
        <source>&amp;Approve (Ctrl+Shift+A)</source>
        <translation>&amp;Setujui (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Cancel referral (Del)</source>
        <translation>Bata&amp;lkan rujukan (Del)</translation>
    </message>
    <message>
        <source>&amp;Letter… (Ctrl+P)</source>
        <translation>Su&amp;rat… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Record &amp;outcome… (Ctrl+Shift+O)</source>
        <translation>Catat &amp;hasil… (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Print all approved… (Ctrl+Shift+P)</source>
        <translation>&amp;Cetak semua yang disetujui… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>{count} referrals</source>
        <translation>{count} rujukan</translation>
    </message>
    <message>
        <source>Only a koordinator (or the administrator) approves referrals.</source>
        <translation>Hanya koordinator (atau admin) yang dapat menyetujui rujukan.</translation>
    </message>
    <message>
        <source>Approve the referral of {name} to {service}?

A letter number will be issued now and entered in the letter register. It cannot be taken back.</source>
        <translation>Setujui rujukan {name} ke {service}?

Nomor surat akan diberikan sekarang dan dicatat di buku agenda surat keluar. Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Approve referral</source>
        <translation>Setujui rujukan</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Tidak disetujui</translation>
    </message>
    <message>
        <source>Referral approved</source>
        <translation>Rujukan disetujui</translation>
    </message>
    <message>
        <source>Letter number {number} was issued. The letter can now be printed (Ctrl+P).</source>
        <translation>Nomor surat {number} sudah diberikan. Suratnya sekarang dapat dicetak (Ctrl+P).</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Batalkan rujukan</translation>
    </message>
    <message>
        <source>Why is the referral of {name} cancelled? (kept with the referral)</source>
        <translation>Mengapa rujukan {name} dibatalkan? (disimpan bersama rujukan)</translation>
    </message>
    <message>
        <source>No letter yet</source>
        <translation>Belum ada surat</translation>
    </message>
    <message>
        <source>This referral is still a draft. Its letter gets a number, and can be printed, once a koordinator approves it.</source>
        <translation>Rujukan ini masih berupa draf. Suratnya mendapat nomor, dan dapat dicetak, setelah disetujui koordinator.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Persetujuan ditarik</translation>
    </message>
    <message>
        <source>Open the letter to print it anyway?</source>
        <translation>Tetap buka surat ini untuk dicetak?</translation>
    </message>
    <message>
        <source>Referral letter {number}</source>
        <translation>Surat rujukan {number}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
    <message>
        <source>No approved letter is waiting to be printed.</source>
        <translation>Tidak ada surat yang sudah disetujui dan menunggu dicetak.</translation>
    </message>
    <message>
        <source>{count} of these letters are for households that withdrew their consent to sharing their data. Print all of them anyway?</source>
        <translation>{count} surat di antaranya untuk keluarga yang menarik persetujuan berbagi datanya. Tetap cetak semuanya?</translation>
    </message>
    <message>
        <source>Preparing {count} letters… Each print is logged when the whole batch is ready; Cancel logs none.</source>
        <translation>Menyiapkan {count} surat… Setiap cetakan dicatat setelah semua surat siap; jika Batal, tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Print all approved</source>
        <translation>Cetak semua yang disetujui</translation>
    </message>
    <message>
        <source>{count} letters printed and logged as printed. Printing them again from the preview does not log them again.</source>
        <translation>{count} surat sudah dicetak dan dicatat sebagai dicetak. Mencetak ulang dari pratinjau tidak dicatat lagi.</translation>
    </message>
    <message>
        <source>{count} referral letters</source>
        <translation>{count} surat rujukan</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Tidak dicetak</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Choose the desa of this Puskesos from the Kemendagri list.</source>
        <translation>Pilih desa Puskesos ini dari daftar wilayah Kemendagri.</translation>
    </message>
    <message>
        <source>Choose the kabupaten/kota of this Dinas Sosial.</source>
        <translation>Pilih kabupaten/kota Dinas Sosial ini.</translation>
    </message>
    <message>
        <source>Choose a region from the list first.</source>
        <translation>Pilih wilayah dari daftar terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Type a name or code, e.g. Bojong Koneng or 32.01.05</source>
        <translation>Ketik nama atau kode, misalnya Bojong Koneng atau 32.01.05</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Provinsi</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/Kota</source>
        <translation>&amp;Kabupaten/Kota</translation>
    </message>
    <message>
        <source>K&amp;ecamatan</source>
        <translation>Kec&amp;amatan</translation>
    </message>
    <message>
        <source>&amp;Desa/Kelurahan</source>
        <translation>&amp;Desa/Kelurahan</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
</context>
<context>
    <name>RejectedRowTableModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %s</source>
        <translation>Kata sandi baru untuk %s</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>&amp;Kata sandi baru</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Pi&amp;lih berkas…</translation>
    </message>
    <message>
        <source>With a &amp;password that was valid when the backup was made</source>
        <translation>Dengan &amp;kata sandi yang berlaku saat cadangan dibuat</translation>
    </message>
    <message>
        <source>With the office&apos;s &amp;recovery code</source>
        <translation>Dengan kode &amp;pemulihan kantor</translation>
    </message>
    <message>
        <source>The backup is checked first. The data now on this laptop is kept as a backup before it is replaced, so nothing is lost by restoring.</source>
        <translation>Cadangan diperiksa dulu. Data yang sekarang ada di laptop ini disimpan sebagai cadangan sebelum diganti, jadi tidak ada yang hilang karena pemulihan.</translation>
    </message>
    <message>
        <source>&amp;Backup file</source>
        <translation>Berkas &amp;cadangan</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Kode p&amp;emulihan</translation>
    </message>
    <message>
        <source>Check and &amp;restore…</source>
        <translation>Periksa dan p&amp;ulihkan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>Puskesos backups (*.pskbak)</source>
        <translation>Cadangan Puskesos (*.pskbak)</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Pilih berkas cadangan dulu.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>The backup is whole and opens. It holds %1 households and %2 people of %3, made on %4.</source>
        <translation>Cadangan utuh dan dapat dibuka. Isinya %1 keluarga dan %2 orang dari %3, dibuat %4.</translation>
    </message>
    <message>
        <source>The data now on this laptop is kept as a backup, then replaced. Changes made here after %1 that were sent to the kabupaten come back with its next return bundle; the others are only in the kept backup.</source>
        <translation>Data yang sekarang ada di laptop ini disimpan sebagai cadangan, lalu diganti. Perubahan sesudah %1 yang sudah dikirim ke kabupaten kembali lewat kiriman balik berikutnya; yang lain hanya ada di cadangan yang disimpan itu.</translation>
    </message>
    <message>
        <source>Afterwards everyone signs in with the password they had when the backup was made.</source>
        <translation>Sesudahnya setiap orang masuk dengan kata sandi yang berlaku saat cadangan dibuat.</translation>
    </message>
    <message>
        <source>Restore now?</source>
        <translation>Pulihkan sekarang?</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Retensi</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>&amp;Simpan jadwal</translation>
    </message>
    <message>
        <source>Schedule: kept for</source>
        <translation>Jadwal: disimpan selama</translation>
    </message>
    <message>
        <source>People recorded as died or moved, unchanged for</source>
        <translation>Orang yang tercatat meninggal atau pindah, tidak berubah selama</translation>
    </message>
    <message>
        <source>Households with no change at all for</source>
        <translation>Keluarga yang sama sekali tidak berubah selama</translation>
    </message>
    <message>
        <source>The texts of closed complaints, received</source>
        <translation>Teks keluhan yang sudah selesai, diterima lebih dari</translation>
    </message>
    <message>
        <source>&amp;Purge what is due…</source>
        <translation>&amp;Hapus yang sudah lewat jadwal…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Due now: {persons} people, {households} households (with their members, needs, complaints and referrals), the texts of {complaints} complaints.</source>
        <translation>Sudah lewat jadwal: {persons} orang, {households} keluarga (beserta anggota, kebutuhan, keluhan dan rujukannya), teks {complaints} keluhan.</translation>
    </message>
    <message>
        <source>Kept for now:</source>
        <translation>Belum dihapus:</translation>
    </message>
    <message>
        <source>Purge what is due</source>
        <translation>Hapus yang sudah lewat jadwal</translation>
    </message>
    <message>
        <source>{persons} people, {households} households and the texts of {complaints} complaints are cleared for good, here and, with the next bundle, at the kabupaten. Backups made before the schedule are removed too. This cannot be undone.

Purge now?</source>
        <translation>{persons} orang, {households} keluarga dan teks {complaints} keluhan dihapus untuk selamanya, di sini dan, lewat kiriman berikutnya, di kabupaten. Cadangan yang dibuat sebelum jadwal juga dihapus. Ini tidak dapat dibatalkan.

Hapus sekarang?</translation>
    </message>
    <message>
        <source>Purged: {persons} people, {households} households, {complaints} complaint texts; {backups} old backups removed. Send to the kabupaten so its copy is cleared too.</source>
        <translation>Dihapus: {persons} orang, {households} keluarga, {complaints} teks keluhan; {backups} cadangan lama dihapus. Kirim ke kabupaten agar salinannya di sana juga dihapus.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Add service</source>
        <translation>Tambah layanan</translation>
    </message>
    <message>
        <source>Edit service %s</source>
        <translation>Ubah layanan %s</translation>
    </message>
    <message>
        <source>e.g. Kementerian Sosial</source>
        <translation>mis. Kementerian Sosial</translation>
    </message>
    <message>
        <source>e.g. DTSEN desil 1–4</source>
        <translation>mis. DTSEN desil 1–4</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Owner level</source>
        <translation>&amp;Tingkat penyelenggara</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>Inst&amp;ansi pelaksana</translation>
    </message>
    <message>
        <source>Default &amp;institution</source>
        <translation>&amp;Lembaga tujuan bawaan</translation>
    </message>
    <message>
        <source>Required &amp;documents
(Space ticks)</source>
        <translation>&amp;Dokumen persyaratan
(Spasi mencentang)</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Syarat penerima</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(nonaktif)</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Default institution</source>
        <translation>Lembaga tujuan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Syarat</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Add operator…</source>
        <translation>&amp;Tambah operator…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;New password…</source>
        <translation>Kata sandi &amp;baru…</translation>
    </message>
    <message>
        <source>Only an administrator can change operators.</source>
        <translation>Hanya admin yang dapat mengubah operator.</translation>
    </message>
    <message>
        <source>&amp;Office and operators</source>
        <translation>&amp;Kantor dan operator</translation>
    </message>
    <message>
        <source>Service &amp;catalogue</source>
        <translation>K&amp;atalog layanan</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>&amp;Edit office…</source>
        <translation>&amp;Ubah data kantor…</translation>
    </message>
    <message>
        <source>New recovery &amp;code…</source>
        <translation>Buat kode &amp;pemulihan baru…</translation>
    </message>
    <message>
        <source>Review re&amp;tention…</source>
        <translation>Tinjau &amp;retensi…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Belum disiapkan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Telephone / e-mail</source>
        <translation>Telepon / e-mail</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>dated at %1, printed on %2</source>
        <translation>ditulis di %1, dicetak pada kertas %2</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Keterlambatan</translation>
    </message>
    <message>
        <source>complaints after %1 days, return slips after %2 days</source>
        <translation>keluhan setelah %1 hari, lembar balik setelah %2 hari</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Kode pemulihan baru</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one, which stops opening the data at once. The new code is shown only once: print its sheet or write it down, keep it in the office safe and destroy the old sheet.

Make a new recovery code?</source>
        <translation>Kode pemulihan baru menggantikan kode lama, yang saat itu juga tidak lagi dapat membuka data. Kode baru hanya ditampilkan sekali: cetak lembarnya atau tulis kodenya, simpan di brankas kantor, dan musnahkan lembar yang lama.

Buat kode pemulihan baru?</translation>
    </message>
    <message>
        <source>The new recovery code is in use; the old one no longer opens the data.</source>
        <translation>Kode pemulihan baru sudah berlaku; kode lama tidak lagi dapat membuka data.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Back up to &amp;USB…</source>
        <translation>&amp;Cadangkan ke USB…</translation>
    </message>
    <message>
        <source>Backups and &amp;restore…</source>
        <translation>Cadangan dan p&amp;emulihan…</translation>
    </message>
    <message>
        <source>No automatic backup yet: the first is made when the window closes.</source>
        <translation>Belum ada cadangan otomatis: yang pertama dibuat saat jendela ditutup.</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 (%2 households). Keep a copy away from this laptop too: back up to a USB stick every week.</source>
        <translation>Cadangan otomatis terakhir: %1 (%2 keluarga). Simpan juga salinan di luar laptop ini: cadangkan ke flashdisk setiap minggu.</translation>
    </message>
    <message>
        <source>Back up to: the USB stick (or a folder on it)</source>
        <translation>Cadangkan ke: flashdisk (atau folder di dalamnya)</translation>
    </message>
    <message>
        <source>Writing the backup and reading it back…</source>
        <translation>Menulis cadangan lalu membacanya ulang…</translation>
    </message>
    <message>
        <source>Back up to USB</source>
        <translation>Cadangkan ke USB</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The backup %1 was written and read back: it is whole. The USB stick can be removed safely.</source>
        <translation>Cadangan %1 sudah ditulis dan dibaca ulang: utuh. Flashdisk aman dicabut.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>The new password of %s is saved.</source>
        <translation>Kata sandi baru untuk %s sudah disimpan.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up Puskesos Desktop</source>
        <translation>Menyiapkan Puskesos Desktop</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; K&amp;embali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Save &gt;</source>
        <translation>Si&amp;mpan &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save enrollment file</source>
        <translation>Simpan berkas pendaftaran</translation>
    </message>
    <message>
        <source>Save the kabupaten public key</source>
        <translation>Simpan kunci publik kabupaten</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Puskesos key files (*.json)</source>
        <translation>Berkas kunci Puskesos (*.json)</translation>
    </message>
    <message>
        <source>A file named {name} already exists there. Choose another name or folder.</source>
        <translation>Berkas bernama {name} sudah ada di sana. Pilih nama atau folder lain.</translation>
    </message>
    <message>
        <source>&amp;Send to kabupaten… (Ctrl+E)</source>
        <translation>&amp;Kirim ke kabupaten… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Receive from kabupaten… (Ctrl+I)</source>
        <translation>&amp;Terima dari kabupaten… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Re&amp;view kept versions…</source>
        <translation>Tinjau &amp;versi yang disimpan…</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Berkas yang diterima</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>No kabupaten key is installed yet. Ask the Dinas Sosial for its public key file and install it here; until then nothing can be sent or received.</source>
        <translation>Kunci kabupaten belum dipasang. Mintalah berkas kunci publik kepada Dinas Sosial lalu pasang di sini; sebelum itu, tidak ada yang dapat dikirim atau diterima.</translation>
    </message>
    <message>
        <source>&amp;Install kabupaten key…</source>
        <translation>&amp;Pasang kunci kabupaten…</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Instalasi ini</translation>
    </message>
    <message>
        <source>The Dinas Sosial enrols this desa from its enrollment file. Read this fingerprint aloud by telephone so they can check the file is really yours:</source>
        <translation>Dinas Sosial mendaftarkan desa ini dari berkas pendaftarannya. Bacakan sidik jari ini melalui telepon agar mereka dapat memastikan berkas itu benar-benar dari Anda:</translation>
    </message>
    <message>
        <source>Save &amp;enrollment file…</source>
        <translation>&amp;Simpan berkas pendaftaran…</translation>
    </message>
    <message>
        <source>(no key made yet)</source>
        <translation>(belum ada kunci)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}
Last sent: {sent}
Last received: {received}</source>
        <translation>Sidik jari kunci: {fingerprint}
Terakhir dikirim: {sent}
Terakhir diterima: {received}</translation>
    </message>
    <message>
        <source>This laptop replaces the desa&apos;s lost one. Give its enrollment file to the Dinas Sosial to enroll it in place of the old laptop, then receive their return bundle: it brings the desa&apos;s data back. Until then no new letter number is given.</source>
        <translation>Laptop ini menggantikan laptop desa yang hilang. Serahkan berkas pendaftarannya ke Dinas Sosial agar didaftarkan sebagai pengganti laptop lama, lalu terima kiriman balik mereka: kiriman itu mengembalikan data desa. Sampai saat itu, nomor surat baru tidak diberikan.</translation>
    </message>
    <message>
        <source>This laptop was restored from a backup. Send to the kabupaten, then receive its return bundle: it brings back this desa&apos;s data from after the backup. Until then no new letter number is given.</source>
        <translation>Laptop ini dipulihkan dari cadangan. Kirim ke kabupaten, lalu terima kiriman baliknya: kiriman itu membawa kembali data desa ini sesudah tanggal cadangan. Sampai saat itu belum ada nomor surat baru yang diberikan.</translation>
    </message>
    <message>
        <source>{count} versions kept for review after the restore.</source>
        <translation>{count} versi disimpan untuk ditinjau sesudah pemulihan.</translation>
    </message>
    <message>
        <source>All changes have been confirmed by the kabupaten.</source>
        <translation>Semua perubahan sudah dikonfirmasi kabupaten.</translation>
    </message>
    <message>
        <source>{count} changes not yet confirmed by the kabupaten, since {date}</source>
        <translation>{count} perubahan belum dikonfirmasi kabupaten, sejak {date}</translation>
    </message>
    <message>
        <source>Install kabupaten key</source>
        <translation>Pasang kunci kabupaten</translation>
    </message>
    <message>
        <source>Puskesos key files (*.json);;All files (*)</source>
        <translation>Berkas kunci Puskesos (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Kabupaten key installed: {name}, fingerprint {fingerprint}.</source>
        <translation>Kunci kabupaten terpasang: {name}, sidik jari {fingerprint}.</translation>
    </message>
    <message>
        <source>Save enrollment file</source>
        <translation>Simpan berkas pendaftaran</translation>
    </message>
    <message>
        <source>Enrollment file saved: {path}. Give it to the Dinas Sosial.</source>
        <translation>Berkas pendaftaran disimpan: {path}. Serahkan kepada Dinas Sosial.</translation>
    </message>
    <message>
        <source>Choose the flash drive (or a folder on it)</source>
        <translation>Pilih flashdisk (atau folder di dalamnya)</translation>
    </message>
    <message>
        <source>Writing and checking the file…</source>
        <translation>Menulis dan memeriksa berkas…</translation>
    </message>
    <message>
        <source>The file {name} was written and checked. It is safe to remove the flash drive.</source>
        <translation>Berkas {name} sudah ditulis dan diperiksa. Sekarang aman untuk mencabut flashdisk.</translation>
    </message>
    <message>
        <source>{rows} changes; a copy stays on this computer until the kabupaten confirms them.</source>
        <translation>{rows} perubahan; salinannya tetap disimpan di komputer ini sampai dikonfirmasi kabupaten.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Tidak terkirim: {error}</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Choose the files from the kabupaten</source>
        <translation>Pilih berkas dari kabupaten</translation>
    </message>
    <message>
        <source>Puskesos bundles (*.pskb);;All files (*)</source>
        <translation>Berkas kiriman Puskesos (*.pskb);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Received {files} files: {applied} applied, {duplicate} already imported, {rejected} rejected.</source>
        <translation>{files} berkas diterima: {applied} diterapkan, {duplicate} sudah diimpor, {rejected} ditolak.</translation>
    </message>
    <message>
        <source>Not received: {error}</source>
        <translation>Tidak diterima: {error}</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Tidak diterima</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Mohon tunggu</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>WargaPage</name>
    <message>
        <source>Search by NIK, No KK or name (part of it is enough)</source>
        <translation>Cari menurut NIK, No KK atau nama (sebagian saja cukup)</translation>
    </message>
    <message>
        <source>Add household (Ctrl+N)</source>
        <translation>Tambah keluarga (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Ubah (Enter)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Hapus (Del)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Add member (Ctrl+Shift+N)</source>
        <translation>Tambah anggota (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Only households without &amp;consent</source>
        <translation>Hanya yang tanpa &amp;persetujuan</translation>
    </message>
    <message>
        <source>{count} households without consent</source>
        <translation>{count} keluarga tanpa persetujuan</translation>
    </message>
    <message>
        <source>{count} households</source>
        <translation>{count} keluarga</translation>
    </message>
    <message>
        <source>The first {count} households found: type more of the name or number to narrow the search.</source>
        <translation>{count} keluarga pertama yang ditemukan: ketik lebih banyak nama atau nomor untuk mempersempit pencarian.</translation>
    </message>
    <message>
        <source>{count} households found</source>
        <translation>{count} keluarga ditemukan</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or type part of a NIK or No KK.</source>
        <translation>Tidak ditemukan. Periksa ejaannya, atau ketik sebagian NIK atau No KK.</translation>
    </message>
    <message>
        <source>(no members)</source>
        <translation>(tidak ada anggota)</translation>
    </message>
    <message>
        <source>Remove the household of {head} (No KK {no_kk}) with its {count} members?</source>
        <translation>Hapus keluarga {head} (No KK {no_kk}) beserta {count} anggotanya?</translation>
    </message>
    <message>
        <source>Remove household</source>
        <translation>Hapus keluarga</translation>
    </message>
    <message>
        <source>Remove {name} (NIK {nik}) from this household?</source>
        <translation>Hapus {name} (NIK {nik}) dari keluarga ini?</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
    <message>
        <source>Full numbers</source>
        <translation>Nomor lengkap</translation>
    </message>
    <message>
        <source>{name}
NIK: {nik}
No KK: {no_kk}

This view is recorded in the audit log.</source>
        <translation>{name}
NIK: {nik}
No KK: {no_kk}

Tampilan ini dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>Personal data of {name}</source>
        <translation>Data pribadi {name}</translation>
    </message>
</context>
<context>
    <name>_CatalogueDialog</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>capitals, digits and _, e.g. PKH</source>
        <translation>huruf besar, angka dan _, mis. PKH</translation>
    </message>
</context>
<context>
    <name>_CatalogueTableModel</name>
    <message>
        <source>(inactive)</source>
        <translation>(nonaktif)</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>attempt</name>
    <message>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
</context>
</TS>
