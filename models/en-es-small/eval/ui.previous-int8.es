Insertar gráficos
Cargar documento
mostrar las firmas IETF en firmas
está entre
Preguntar antes de cerrar
-R, -r, --ruper directorios de copias recursivamente --reflink[=WENWE] clonar/Cotin copias de copias. Separa debajo de la --remove-dination elimina cada fichero existente antes de intentando para abrirlo (contraso)
Contabilización antiguo
Pista de medio medio
Herramientas de ruta: Crear y editar trayectos
Título vertical, texto vertical
¿Seguro que quiere eliminar los datos seleccionados?
elimina paquetes redundados, y ejecutar git-prupack-pack
incluir archivos no rastreados en el stash
Eliminar contenido de celdas
Separando las marcas de índice
q = salir
Activar ajuste
sesión: abortando solicitada por PAM
(requierido)
Polícula de Gains predeterminado
Anchura para cada elemento
Permitir usuarios no ejecutan usuarios para ejecutar programas
Vista previa previa de la dirección anterior
Hora
Indica si se debe configurar los mensajes nuevos en la carpeta en la lista de reproducción.
Los paquetes en el archivo pero no está en el archivo:
Pulse para establecer el punto B
La versión de LibreOffice no coincide con LibreOffice:
Centro de rotación del objeto
Thick-in, Gap
Editar y gresionados de menús fuera
No se puede eliminar la lista de módulos
Abor izquierda
--merge-base sólo funciona con dos commits
Cotetete de transacciones existentes
No se pudo leer el índice
Proporciona un efecto transparente con línea y relleno
Comenzar este Cargo de Cargo
Usar archivo de subtítulos
Importar todas las columnas en la derecha
Mapa
Especifique la configuración para los grupos de tres grupos. La pestaña tiene la misma distribución.
Imprimir 10
No se ha seleccionado ninguna aplicación
Kacoleto
Mostrar Netillo de Net
El argumento usado para ejecutar programas en el terminal definido por la tecla «exec». DE DEPRECA: esta clave está obsoleto y se descarta. El terminal predeterminado y cómo se manejará en GIO es tirador en GIO.
interpretador de programa
La imagen que se usará para mezclar
Convertir una cita a una reunión
El punto de origen es la esquina inferior izquierda de la página.
Enviar un escenario al reverso
Página Front
Europa occidental (Windows-1252/Wino 1)
Desde la base de datos
Propiedades CSS de la lista original que se debe copiar, escrito como una lista de coma-separación; .g. 'fill, filtro, opacidad.
Reproducción y de reproducción
Enviar / Recesivo
Seleccionar otra cuenta
Debe introducir al menos una ruta, los marcadores vacíos no están soportados.
El nombre del dispositivo se usa para identificar este dispositivo cuando está vista previa sobre la red, o cuando pair el dispositivo azul.
-h-ético-hex compatible H00' tiene estilos constantes
Ignorar en formato
Incluye los estilos del borde en el estilo de tabla seleccionado.
Otros columnas de indivituales
Inkscape avanzados avanzados
Abre el diálogo Seleccionar ruta para seleccionar otra carpeta o el diálogo Abrir al seleccionar otro archivo.
Ajustar la licencia
Firmación de imagen: (majo: 200, 200nor: 5)
-i, --ignore-errors Ignorar errores de recipciones.
Introduzca la dirección IP externa
Limpiar la selección y deseleccionar todas las cuentas.
No se pudo cambiar a la configuración de depuración
-z deszy Marca el objeto de la ejecución de trabajo ejecutando (por defecto)
Omitir página
Falló el directorio de la consulta
antiguo
Seleccione el campo de datos que desee ordenar o filas por filas.
Colores Crimon
Color de línea
Entrada digital (Firewire-ree/ee139494)
Cuenta:
4 flechas
Sección Srittertt
Unión de Miter
Previsivos para ser usado cuando no se ha especificado.
Operación GEGL
Tamaño máximo GOP
No se pudo iniciar la impresora. Introduzca la configuración de la impresora.
Ajustar a la rejilla por defecto en las ventanas nuevas.
Asistrada
No añadir puntos en puntos de referencia
Error al eliminar la lista
Regresión de la línea
sintaxis no válida en el modo de dirección External
Abortando.
-Q se descarta -V muestra el número de versión -V -k
la definición de transformación, al menos uno de un trdesfsql y tráfsqlql debe ser ser no eszzzzz
El certificado coincidente.
Eliminar automáticamente todos los paquetes sinusar
no es error
Frecciones
orden de comandos cambiados
no cambiado
Obtener tipos
Transformación reciente:
No se puede usar las bases de datos para el tipo de datos.
Bloq Bloq Mayús utilización interno; Mayús no afecta el Bloq Mayús
Escriba su posición en la sociedad en este campo.
Abrir tipografías SVG
Nombre de la impresora
Variables aleatorias aleatorios
commit
Estilo de Join
Para cambiar el tiempo o la configuración de fecha, necesita a authentica.
Ajuste de guías:
No es una expresión simbólico
Supresar todas las salida normales
Salida de emisión
Selección de salida:
Establece la granidad de una pista o más pistas
Esta clave introducida el estado automática automática de los iconos del estado no se accesivo cuando no se accesibilidad se activan las características.
Desactivar la nsibilidad para interesvidad de internabilidad con Microsoft Excel
Introduce un retardo en la pantalla de la emisión.
Error al escribir el archivo
Las columnas se pueden mostrar el suficiente suficiente para mostrar el contenido de la selección
Confojo de Micrófo
spectrum.txt
Los datos JSON está vacíos
Calidad bajo
hoja de cálculo de OpenOffice Calc
excluye los directorios que contienen CACHE.TAGAG
Príficación de la crítencia de nuestros Privavas
Posición del panel de vista previa del contacto cuando está vertical.
Confirmar transformación
Importar datos de muestra
La imagen no adecuada para esta composición
final del diálogo de control
Duración total/Remainando
Añade el elemento a la lista.
Opacidad de Blur y opacidad
ngulo de Conejo:
Análisis de Nearis (o lado)
Blinto; Bilin
Stocciones de Stotoc
Informe los informes y renombrar como simples/desactivar eventos
Color de enlaces sinviados
[in&out]
Nombre del usuario copiado
No se pudo renombrar
Versión: 678
hh:mm:s + fotogramas PAL (25 fps)
Replicar la selección de degradado
Decodificador de subtítulos EBUL
Intercambiar relleno y trazo de un objeto
No se pudo cambiar los cambios después de reiniciar:
Cuentas objetivos
, reubicación de reubicación
Solamente se muestra el documento y muestra el área de vista previa.
Mapa de colores
Controla la visibilidad del menú de la selección en la barra de estado.
Reemplazar RGB por cualquier color
--no-subscriptions no restaurar subíndices
La cantidad de fuerza a través de recordada en la simplificación, establece a 0 para omitir; se descarta el comando de lóters (Predet: 0: 0)
Previsar a la selección para mover la selección
-w, --con-workers muestra el núcleo de trabajo demasiados
Abrir ubicación
Alt+Shif
Y murió Owerto
Porque los vídeos, sólo los WebM y Matrokak (.mk) se admiten los formatos de vídeo. La extensión del archivo de la referencia de vídeo no es de o de estos formatos.
Estas siguientes opciones específicas específicas son soportados para usarse con el cambio -M:
Radio del borde:
Configuración de usuario
La línea ascendente
Muestra una vista previa del bloque de la plantilla de bloqueo de datos de datos.
Listar acciones disponibles
Crea una imagen aproximimidad de color transparente y colorizables de la imagen
No se puede especificar más más que una '-Acrud', '-delete' o '----label'
Audacity no se puede bloquear el directorio temporal. Esta carpeta puede usar en otro copia de Audacity.
Otro CMIS
Sofida
Codificación de dirección FDE:
Estilo:
documento ODA
Hay algunas acciones definidas que se encuentran nuevos usuarios preferados con GnuCash. Seleccione uno de estas acciones desde abajo y pulse en el botón OK o pulse el botón Cancelar si no quiere hacer ninguna de ellos.
fila: Company Nombre
Falló la notificación de memoria
Importar datos
premasión e especí (inilil)
-warn-unmatched-aleded cuando una reubicación (suubiada no coinciden más bajo)
Activar este complemento de complemento?
Laván (F)
Añadir salto de página de columna
mientras la salida prepar
Anchura de página
El objeto vectores 5 no contiene trazo con ID 59364
Aplica la prueba de Isurrica si está marcada, o flating si no se amar.
Calidad JPEG
Crear desde los objetos Folujos
Convierte en la característica automática automática.
Importación de lista de reproducción DVB
Añadir transformación
Falló la creación del archivo de la operación
Editar rutas de recorte
plantilla (Unnamed)
no se admite el static nodo/sa
Error al leer la información del bloque
no tiene permiso para realizar la acción
Marcador de unidades de Bostalia de Cuenta 9 (E.U.U.A.-9-9)
Fondo: omitir el color del mapa de colores
Idiomas para Reprimir y por el texto entribución
Para convertir una fórmula en los valores de staticientes no necesitan copiar/pones; usar datos  Calcula la fórmula para el valor del valor.
-B, --aleses-maker no escondificación de todos los objetivos.
Prueba en GIMP
Añadir / Transformar
expresión GREG demasiado complicada
hacer una firma
Enviar un complemento a último complemento
Importar exportación
/Conversación/Guesiones
Tamaño del marco
Pulse y arrastre para rotar y escalar
Cabecera de código fuente
No se pudo resolver el nombre del servidor.
Lista la sección o objeto que los enlaces enlazados en el archivo de fuente. Si quiere introducir una sección nueva o objeto aquí.
Seleccione el modo en el cual BibleSnc debería operar.
Tabla de ordenación
Cuando el estado no está especificado en un archivo QIF, las transacciones se marcan como no está marcado.
Determina la configuración para escribir el documento de dibujo o documentos de GnuCash en formato HTML.
Abre el cuadro de diálogo de direcciones nueva nueva donde puede definir un bloque de dirección nuevo.
No disponible
2G (preferido), 3G, 4G
Previeración nuevos dispositivos USB de interactactar con el sistema cuando la pantalla está bloqueada.
Salir
Mostrar el color de Cuenta como fondo
ngulo de rotación
Arrastre para seleccionar objetos para editar, pulse para editar este objeto (mo: Mayús)
el tamaño 203 en el tipo de tipo equivocado
No se elimina las secciones sin listar
-E, --encoding=ENCONONONONONON los datos de codificación en ENDIN
ninguno no hay auto-scalando; el error desfigará un error de un error
Webcast
ltimo estilo usado
Iniciar la pista a&dución
Las respuestas a un mensaje que llegan a través de una lista de correo a una lista, pero son respuesta para enviar el remitente; no a la lista. ¿Seguro que quiere continuar?
Punto de anchura de trazo: arrastre para alterar la anchura del trazo. Ctrl+Alt para añadir un punto de control, Ctrl+Alt+Alt+ borrar el botón para lanzar la anchura.
Longitud de barra:
Rayas 1:5 blanco
Pit/Tempo
no se pudo finar pack-objects para repackpacks
-s, --short nombre de equipo
expresión FPA inválido
Same como `-redix=8'
Intervalo de números
restaurar el valor de un parámetro ejecutar-time para el valor predeterminado
imagen PNM
Devuelve la matriz de la unidad de un tamaño de un tamaño.
Ajusta el número de elementos que se a pulsar en pulse
ngulo del valor de dimensiones
No se ha establecido la emisión de entrada.
Número interno de la fecha.
: operando TLS no puede ser una constante
Apendar datos
restaurar sin guardar
vídeo SGI
Escala de color relativa
Devuelve la variación basada en la población. El texto es calculado como cero.
floc: llamó con un argumento de bloqueo de bloqueo
alfa:
Detención
Las opciones SPECIAL no están implementadas
Falló al leer las cabeceras del archivo
Obtener información
El Bodyy es:
El valor de la cuenta de Transferencia no puede mapearse a una cuenta.
Límite de letra
Fin de una biblioteca
Editar barra de herramientas
Guardar como Draff
No se puede seleccionar preciliarmente
El archivo remoto no existe --bibido. !
Trazar
Kurtos
Déramiano
Error de sintaxis SQL
no se pudo leer el archivo rc
El diálogo de ayuda de correo Combinar en las formas y guardar las cartas.
Para aplicar a las pistas, todas las pistas seleccionadas deben tener la misma frecuencia.
Monedo 3
Manicina
imprimir contenido de tag
Salida de emisión Chromemest
Elevación:
MODE.SNGL
Reproducir favorito 7 de lista de reproducción
Buscar descripción
Fallo en la resolución del nombre de la resolución
Texto de numeración
El color demedio
Integer Integer
Con el primer plano
tipo de reubicación 18-bit
-o OBJO nombre del objeto de salida del objeto OBJO (por defecto)
ISO-8859-10 (Nordic)
Solo cifrado sólo con tétérica
crear un clon clonado para el número especificado
Una diapositiva
No se pudo obtener el texto seleccionado.
La capa no puede ser abajo más.
Estilo de muestra un estilo de muestra.
Formas del pincel (editor): usar Circular
autoempliar
La rueda del ratón vertical (upupción del eje) puede control, posición o se ignorar.
-l, -- izquierda-columna sólo la salida izquierda de las líneas comunes
Licencia Apacheche, versión 2.0
Hanlolo
debe especificar una referencia a fusión
Ajustar punto de inicio para definir el ángulo de inicio
Importación BIGTIFF y exportar ahora
Ver verde verde
Rotar la capa
rabe (AZERTY)
borrar refs de reemplazar
Solo oscuro (l)
Dibujar un borde alrededor del lienzo
cifrado de cifrado
A0 (Aponsiones)
no se pudo crear la transacción de datos commit
Señal desconocida 2
Este efecto, también conocidos como «gresal pantalla» o «chama» mezclar las partes de la imagen de primer plano» en el fondo del fondo de la imagen de fondo (ensacaca). Puede elegir el color «ave» para mezclar (blblio por defecto por defecto).
Falta la expresión
Esta extensión será un patrón a lo largo de la curva seleccionada de los objetos seleccionados.
Esta relación ya existe. ¿Quiere editarlo o crear una nueva?
Si no se especifica ningún archivo de entrada(s), se asentan.
Activar se haciado personalizado
Información de seguridad
Mover el elemento seleccionado en la lista.
abajo
Fundido
Formato de salida
inconsistrada de
Submitica de pistas reproducidos a la última vez.fm
Recuperación totalmente
Asigna una contraseña maestra para protegir el acceso a una contraseña guardada.
No se arregrre el documento pre-0.92' de texto base de texto en abrir
la instrucción no permite el índice de desplazamiento
Degradados
La opción de acceso a «Ubilil» de tipo de letra automático» para mostrar la pantalla. Los atributos de los atributos de la tipografía no están usados para mostrar el texto.
Editar atributos de la capa
Lituamente transacción con los días que coincidan en estos días
Escala de ampliación:
Nivel de tatail
No se pudo crear el proceso en el servidor
Opciones de transporte
Protegión del documento
Icono de la fila
Imagen Windows
Seleccione el cuadro de verificación, y pulse en el intervalo de celdas donde quiere mostrar los filtros de filtros.
Registro de tiempo
Alias para -d
Tipos de relleno de herramienta de herramienta que se ha seleccionado los valores predeterminados. Puede cambiar estos valores usando la herramienta de texto en. La herramienta superior (zunda) en la capa activa la capa activa. Si no hay la herramienta dentro de la capa actual de la capa superior. Pulse para crear la herramienta nueva.
Midigo
Envolvente
Repetir una línea con una línea especificada con todos los CADENA(s) o 'y'.
Barra de desplazamiento
Editar este bloqueo
Eliminar el ajuste seleccionado
Ir a la siguiente pestaña
final de archivo inesperado antes del final de la línea 1175
opciones de inconsistrada NEWLEINE
Su instalación de GIMP es inversa:
Desplazamiento horizontal del ancla horizontal
la instrucción no aceptando la dirección preindexada
La aplicación no existe
Inicio inicial
Forma
Temujo de Gear-eth
No permitir la versión sinusado en el script
El tipo de certificado no está soportado.
Mover objetos y refs por archivo
Sarara
Si el botón incremento debe estar pulsada en o no
Establece la imagen contrast, entre 0 y 2. Por defecto a 1.
datos en la sección ejecutable
Ruces lenguas
de 7 objetos
Imagen CCIT G3T
El elemento del grupo
Modo de audio estéreo
Clave de Legend
Grupo:
Indica si el diálogo de aviso en la versión de la versión de Evolution se omite.
Error en la lista de direcciones.
Dirección verticalmente.
Espaciado pequeño
-t, --table=TABABO[(LLUNNNS)
-e necesita exactamente un argumento
República de Polandés
fórmula de tabla incorrecta
Detalles acerca de la actualización:
Control de conexión cerrada.
Indica si esta etiqueta afecta a la sangría
Falló 'git multi-pack-index'
Añade un navegador de JavaScriptmente para renderizar mes en navegadores web.
Error: desbordamiento de fórmula
documento RAML
Indica si se deben preferar el icono sobre el texto
Espaciado principal de división Y:
Devuelve el número de límites individuales que pertenece un rango (multiple).
-96 dB (PC rango de 16 bit de muestras)
leer comandos de stdin
Incrementar operar la ganancia (por defecto 1.0)
Intervalor en el eje Y (pels)
Establece el componente verde en la diapositiva vertical del color vertical, y el componente azul y el componente azul en el campo de dosdiciones de color. Permite valores 0 a 255.
Páginas por hoja
Nombre actual
Las copias de la selección inicial de la selección
Bientamente
Longitud del cursor de la linklink, en milisegundos
Insertar texto automático
Introduzca la URL de base, i. .e, sin defecto, en el final.
archivador de shell
Indica si las notificaciónes globales se activan para esta aplicación.
Español (Macintosh)
Cambiar contraste de azul
Elija una carpeta para guardar mensajes.
Umbral 9 dB
Correo de Gnumeric
la reubicación sinfledudica
no se puede manejar OPIPO
Número de días para guardar la papelera y archivos temporales
Escala aleatoria
Habéis de dos opciones: - La interfaz resizeará al tamaño de vídeo - el tamaño de vídeo - la interfaz para ajustar el tamaño predeterminado, la interfaz de vídeo para el tamaño nativo del vídeo nativo.
Crear carpeta nueva
Nivel de esquema
Redimensionar capa
Error de Syntax en la línea 131. Igno haciado.
no coincide el rango de dirección
Seleccione el nombre corto del registro bibliografía que desee insertar.
Necesita autenticarse para cambiar el terminal virtual.
Escriba el término de búsqueda en el cuadro o seleccione de la lista.
Generar información de de desenrerecciones para PLT
Quita el código de referencia seleccionado desde la línea Structur.
Determina si se debe buscar direcciones para el filtro de SPAM en el libro de direcciones local
Tiempo de tiempo de tiempo
código fuente C++
Reproducir un sonido
Indica si este texto está oculta.
Tamaño máximo de imagen para las miniaturas
Destificación de emisión en DAS/HS/SL
interpretar como página del hombre
Devuelve el total de la suma de los dos matrizs.
Asoja (as)
Mostrar HTML si presente
Presuelto para cerrar
La exportación GLPK no está disponible.
Periodo
Fuente...
Arrepiar por
Este valor determina si mostrar los nombres de las hojas en la lista de nombres y redodo.
Define si los gráficos en el documento se muestran o ocultas.
Confojo de Conf-Page
Escriba la contraseña.
Editar detalles de transacción importada
Carpeta nueva...
Archivo de archivo de configuración de configuración en acciones/dbb/dbs-vb.
Seleccionar todos los objetos
no se pudo unadencia SSPI
índice de pantalla
No tiene cuentas seleccionadas.
«V» para el valor de la clave de color de pantalla azul (en valores YV). Desde 0 a 255. Por defecto para 90 para azul.
Ir a pestaña anterior
Rankas y Porcentajes...
Bookks personalizados
Restablecer el lienzo del lienzo
No mostrar ningún subtotal para cuentas.
mano localización local:
Sad
P&ición del cursor de Stotore
Formato de documento de documento (.pf)
Está seguro de reinicia el software que está cargado de software, cuando el dispositivo de inicio de inicio. Se ha seleccionado la función y la función es correcta.
tras
Rellenar relleno
Insertar Emovio
falta un número hexadecimal en escapa
Nodo: entrada de datos
Nuevo nuevo en la línea GUI (enmpliaciones) para la línea circular, línea y la ampliación y la lálición
Por defecto el usuario no debe incluir transacciones en una transacción en un informe de transacción. Estas transacciones son transferencias de transferencia en «come» y gastar cuentas a específicas, y debe ser excluidos de períodos.
Ruta no válida
Herramienta de la herramienta: Heregulidad de la imagen arregulidad
Opciones de control de seguridad
Mixeración del canal...
Gnumeric XML sincomprimido (.xml)
Introduzca el ángulo de rotación para las líneas, o pulse en una posición en el ángulo de la rejilla.
actual
Limpiar la lista de áreas de fuentes
Fuente y destino de compartir:
ngulo de ngulo
El archivo contiene caracteres UTF-8 no válidos y se ha truncado
Forzar imágenes en el correo HTML para cargar
